using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Identity.Throttling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>The second step of sign-in for people who turned on an authenticator app. Wrong codes count toward lockout.</summary>
[AllowAnonymous]
[Throttled(ThrottledAction.TwoFactor)]
[OwnTransaction("A failed attempt is counted towards lockout although the page shows the form again with an error; a page transaction would undo the count.")]
public class TwoFactorModel(SignInManager<BeaconUser> signInManager) : PageModel
{
    [BindProperty]
    public TwoFactorForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

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
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(
            AuthenticatorKey.Clean(Form.Code), RememberMe, Form.RememberDevice);
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
            ModelState.AddModelError("Form.Code", "That code is not right. Codes change every 30 seconds: type the one your app shows now.");
        }
        return Page();
    }
}

public class TwoFactorForm
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "The code is 6 digits, like 123 456.")]
    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = "";

    [Display(Name = "Remember this device for 14 days")]
    public bool RememberDevice { get; set; }
}
