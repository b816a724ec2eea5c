using System.ComponentModel.DataAnnotations;

namespace Beacon.Web.Features.Account;

/// <summary>A new password typed twice; the rules themselves are Identity's (IdentitySetup), checked on save.</summary>
public class NewPasswordForm
{
    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the new password a second time.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same. Type them again.")]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
