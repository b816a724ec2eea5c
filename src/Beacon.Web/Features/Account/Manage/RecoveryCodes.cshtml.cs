using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account.Manage;

/// <summary>
/// Shows a fresh set of recovery codes exactly once (handed over in TempData by whoever made them),
/// or, asked for without new codes, offers to replace the old set.
/// </summary>
[Authorize]
public class RecoveryCodesModel(UserManager<BeaconUser> users) : PageModel
{
    public const string NewCodesKey = "NewRecoveryCodes";

    public IReadOnlyList<string> NewCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true })
        {
            return RedirectToPage("Index");
        }
        NewCodes = TempData[NewCodesKey] as string[] ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage("Index");
        }
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableAuthenticatorModel.RecoveryCodeCount);
        TempData[NewCodesKey] = codes!.ToArray();
        return RedirectToPage();
    }
}
