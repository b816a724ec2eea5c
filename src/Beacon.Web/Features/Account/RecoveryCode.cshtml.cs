using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Identity.Throttling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>The second step of sign-in with one of the printed recovery codes instead of the app; each code works once.</summary>
[AllowAnonymous]
[Throttled(ThrottledAction.TwoFactor)]
[OwnTransaction("A failed attempt is counted towards lockout although the page shows the form again with an error; a page transaction would undo the count.")]
public class RecoveryCodeModel(SignInManager<BeaconUser> signInManager) : PageModel
{
    [BindProperty]
    public RecoveryCodeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(Form.Code.Replace(" ", "").Trim());
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, LockoutText.LockedOut(signInManager.Options.Lockout));
        }
        else
        {
            ModelState.AddModelError("Form.Code", "That recovery code is not right or has already been used. Type another code from your list.");
        }
        return Page();
    }
}

public class RecoveryCodeForm
{
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [Display(Name = "Recovery code")]
    public string Code { get; set; } = "";
}
