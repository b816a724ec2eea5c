using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Identity.Throttling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>
/// Answers alike for an unknown address and a wrong password, in words and in time
/// (<see cref="UnknownAccounts"/>); one address trying one account is throttled before lockout.
/// A passkey signs in without an address at all: the options name no account, and every passkey
/// that does not verify gets the same answer. A locked account stays locked for its passkeys too.
/// </summary>
[AllowAnonymous]
[Throttled(ThrottledAction.SignIn)]
[OwnTransaction("A failed attempt is counted towards lockout although the page shows the form again with an error; a page transaction would undo the count.")]
[Throttled(ThrottledAction.SignIn, "Passkey")]
[Throttled(ThrottledAction.SignIn, "PasskeyOptions")]
public class SignInModel(SignInManager<BeaconUser> signInManager, UnknownAccounts unknownAccounts, SignInFailures failures, BeaconDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Form.Email.Trim();
        var normalized = Throttle.NormalizeEmail(email);
        var user = await signInManager.UserManager.FindByNameAsync(email);
        // A new password (a reset, say) renews the stamp, and with it the count: the owner is not held back by the guesser.
        var throttleKey = $"{normalized}|{Throttle.Address(HttpContext)}|{user?.SecurityStamp}";
        if (!failures.MayTry(throttleKey))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        if (user is { PasswordHash: null })
        {
            unknownAccounts.Hash(Form.Password);
        }
        var result = user is null
            ? unknownAccounts.Fail(normalized, Form.Password)
            : await signInManager.PasswordSignInAsync(user, Form.Password, Form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { returnUrl = SafeReturnUrl(), rememberMe = Form.RememberMe });
        }
        failures.Failed(throttleKey);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? LockoutText.LockedOut(signInManager.Options.Lockout)
            : "The email or password is not right. Check both and try again, or reset your password.");
        return Page();
    }

    /// <summary>Called by the script: options for <c>navigator.credentials.get</c> that name no account, so they say nothing about any.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync(CancellationToken cancellationToken) =>
        Content(await signInManager.MakePasskeyRequestOptionsAsync(null), "application/json");

    public async Task<IActionResult> OnPostPasskeyAsync([FromForm] string? credentialJson, CancellationToken cancellationToken)
    {
        // The email and password fields are not part of this form.
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(credentialJson) || credentialJson.Length > PasskeyLimits.CredentialJsonLength)
        {
            ModelState.AddModelError(string.Empty, "Your browser sent no passkey. Signing in with a passkey needs JavaScript and a browser that supports passkeys; your email and password work without them.");
            return Page();
        }
        Microsoft.AspNetCore.Identity.SignInResult result;
        try
        {
            result = await signInManager.PasskeySignInAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            // No passkey request under way in this browser (its short-lived cookie expired or was never set).
            ModelState.AddModelError(string.Empty, "This passkey request has expired. Choose “Sign in with a passkey” again.");
            return Page();
        }
        if (result.Succeeded)
        {
            await RecordPasskeyUseAsync(credentialJson, cancellationToken);
            return LocalRedirect(SafeReturnUrl());
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? LockoutText.LockedOut(signInManager.Options.Lockout)
            : "Beacon could not sign you in with that passkey. Try again, or sign in with your email and password.");
        return Page();
    }

    /// <summary>Stamps when the passkey was used and, like a right password, clears the count of failed attempts.</summary>
    private async Task RecordPasskeyUseAsync(string credentialJson, CancellationToken cancellationToken)
    {
        if (Passkeys.CredentialId(credentialJson) is not { } credentialId)
        {
            return;
        }
        await Passkeys.StampUseAsync(db, credentialId, clock.GetUtcNow(), cancellationToken);
        if (await signInManager.UserManager.FindByPasskeyIdAsync(credentialId) is { AccessFailedCount: > 0 } user)
        {
            await signInManager.UserManager.ResetAccessFailedCountAsync(user);
        }
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}

public class SignInForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@district.org.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }
}
