using System.ComponentModel.DataAnnotations;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account.Manage;

/// <summary>A person's own account: change the password, and see and change two-step sign-in. Open to the system administrator too.</summary>
[Authorize]
public class IndexModel(UserManager<BeaconUser> users, SignInManager<BeaconUser> signInManager) : PageModel
{
    [BindProperty]
    public ChangePasswordForm Form { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public BeaconUser Me { get; private set; } = null!;
    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, Form.CurrentPassword, Form.New.Password);
            if (result.Succeeded)
            {
                // The password change renewed the security stamp; without this the cookie would soon be refused.
                await signInManager.RefreshSignInAsync(user);
                StatusMessage = "Your password is changed.";
                return RedirectToPage();
            }
            IdentityErrors.AddTo(ModelState, result, passwordField: "Form.New.Password", currentPasswordField: "Form.CurrentPassword");
        }
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(BeaconUser user, CancellationToken cancellationToken)
    {
        Me = user;
        RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }
}

public class ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    public NewPasswordForm New { get; set; } = new();
}
