using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account.Manage;

/// <summary>Turns two-step sign-in off after a confirmation, and forgets the key so a later setup starts afresh.</summary>
[Authorize]
public class DisableTwoFactorModel(UserManager<BeaconUser> users, SignInManager<BeaconUser> signInManager) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await users.GetUserAsync(User) is { TwoFactorEnabled: true } ? Page() : RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage("Index");
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signInManager.ForgetTwoFactorClientAsync();
        await signInManager.RefreshSignInAsync(user);
        StatusMessage = "Two-step sign-in is off. Signing in now needs only your password.";
        return RedirectToPage("Index");
    }
}
