using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>Where the link of a password-reset mail lands: choose a new password.</summary>
[AllowAnonymous]
public class ResetPasswordModel(UserManager<BeaconUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordForm Form { get; set; } = new();

    public bool LinkIncomplete => string.IsNullOrWhiteSpace(UserId) || AccountLinks.Decode(Code) is null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (LinkIncomplete || !ModelState.IsValid)
        {
            return Page();
        }
        if (await users.FindByIdAsync(UserId!) is not { } user)
        {
            ModelState.AddModelError(string.Empty, users.ErrorDescriber.InvalidToken().Description);
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, AccountLinks.Decode(Code)!, Form.Password);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result, passwordField: "Form.Password");
            return Page();
        }
        // The sign-in page tells a locked-out person that a reset gets them back in; proving the mailbox is enough.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return RedirectToPage("/Account/PasswordSet");
    }
}
