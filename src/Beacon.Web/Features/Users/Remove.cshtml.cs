using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Users;

/// <summary>Deletes an account after a confirmation. The audit log keeps the person's name against what they did.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class RemoveModel(BeaconDbContext db, UserManager<BeaconUser> users) : PageModel
{
    public BeaconUser Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } account ? Show(account) : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } account)
        {
            return NotFound();
        }
        if (account.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, "You cannot remove your own access. Ask another district administrator.");
            return Show(account);
        }
        var result = await users.DeleteAsync(account);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result);
            return Show(account);
        }
        TempData["StatusMessage"] = $"{account.DisplayName} can no longer sign in.";
        return RedirectToPage("Index");
    }

    private IActionResult Show(BeaconUser account)
    {
        Account = account;
        return Page();
    }

    private Task<BeaconUser?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = id.ToString();
        return db.Users.FirstOrDefaultAsync(u => u.Id == key, cancellationToken);
    }
}
