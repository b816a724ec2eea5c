using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account.Manage;

/// <summary>
/// Removes one of the person's own passkeys after a confirmation. It also renews the security stamp, so
/// sessions opened elsewhere (perhaps with that passkey, on a lost phone) end; this browser is signed in again.
/// </summary>
[Authorize]
public class RemovePasskeyModel(UserManager<BeaconUser> users, SignInManager<BeaconUser> signInManager) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await RenamePasskeyModel.OwnPasskeyAsync(users, User, Id) is not (_, { } passkey))
        {
            return NotFound();
        }
        Name = passkey.Name ?? "Unnamed passkey";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RenamePasskeyModel.OwnPasskeyAsync(users, User, Id) is not ({ } user, { } passkey))
        {
            return NotFound();
        }
        await users.RemovePasskeyAsync(user, passkey.CredentialId);
        await users.UpdateSecurityStampAsync(user);
        await signInManager.RefreshSignInAsync(user);
        StatusMessage = $"The passkey “{passkey.Name}” is removed, and you are signed out everywhere else.";
        return RedirectToPage("Passkeys");
    }
}
