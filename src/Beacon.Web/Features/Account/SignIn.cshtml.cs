using Beacon.Web.Data;
using System.ComponentModel.DataAnnotations;
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
/// </summary>
[AllowAnonymous]
[Throttled(ThrottledAction.SignIn)]
[OwnTransaction("A failed attempt is counted towards lockout although the page shows the form again with an error; a page transaction would undo the count.")]
public class SignInModel(SignInManager<BeaconUser> signInManager, UnknownAccounts unknownAccounts, SignInFailures failures) : PageModel
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
