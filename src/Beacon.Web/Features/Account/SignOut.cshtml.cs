using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>Signs out everywhere: the renewed security stamp makes every copy of this account's cookies stale (<see cref="SessionStamp"/>).</summary>
[AllowAnonymous]
public class SignOutModel(SignInManager<BeaconUser> signInManager) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Account/SignIn");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
        }
        await signInManager.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
