using System.ComponentModel.DataAnnotations;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account.Manage;

/// <summary>
/// Turns on two-step sign-in: shows the shared key to type into an authenticator app, and turns it
/// on only once a code from the app proves the key was entered correctly.
/// </summary>
[Authorize]
public class EnableAuthenticatorModel(UserManager<BeaconUser> users, SignInManager<BeaconUser> signInManager) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public VerifyCodeForm Form { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCode { get; private set; } = "";

    /// <summary>Whether the person's role requires two-step sign-in and they were sent here after signing in.</summary>
    public bool Required => User.HasClaim(TwoFactorPolicy.SetupRequiredClaim, "true");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (user.TwoFactorEnabled)
        {
            StatusMessage = "Two-step sign-in is already on. To move it to a new phone, turn it off and set it up again.";
            return RedirectToPage("Index");
        }
        await LoadKeyAsync(user, cancellationToken);
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
            var valid = await users.VerifyTwoFactorTokenAsync(
                user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorKey.Clean(Form.Code));
            if (valid)
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                // Turning it on renewed the security stamp; keep this browser signed in.
                await signInManager.RefreshSignInAsync(user);
                var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
                TempData[RecoveryCodesModel.NewCodesKey] = codes!.ToArray();
                return RedirectToPage("RecoveryCodes");
            }
            ModelState.AddModelError("Form.Code", "That code is not right. Check the key in your app, then type the code it shows now.");
        }
        await LoadKeyAsync(user, cancellationToken);
        return Page();
    }

    private async Task LoadKeyAsync(BeaconUser user, CancellationToken cancellationToken)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp, which every request checks: keep this browser signed in.
            await signInManager.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = AuthenticatorKey.Format(key!);
        AuthenticatorUri = AuthenticatorKey.OtpAuthUri(user.Email!, key!);
        QrCode = AuthenticatorKey.QrCodeDataUri(AuthenticatorUri);
    }
}

public class VerifyCodeForm
{
    [Required(ErrorMessage = "Enter the 6-digit code your app shows.")]
    [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "The code is 6 digits, like 123 456.")]
    [Display(Name = "Code from your app")]
    public string Code { get; set; } = "";
}
