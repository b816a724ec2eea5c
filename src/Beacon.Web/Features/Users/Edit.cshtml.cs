using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Users;

/// <summary>
/// One account of the district: change its role, lift a lockout, turn off a lost authenticator,
/// send the invitation again. An account of another district is not found (tenant filter on accounts).
/// </summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class EditModel(BeaconDbContext db, UserManager<BeaconUser> users, Invitations invitations, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Display(Name = "Role")]
    [DistrictRole]
    public string Role { get; set; } = "";

    [TempData]
    public string? StatusMessage { get; set; }

    public BeaconUser Account { get; private set; } = null!;
    public IReadOnlyList<string> CurrentRoles { get; private set; } = [];
    public string? StaffMemberName { get; private set; }
    public bool LockedOut { get; private set; }
    public bool Invited { get; private set; }
    public bool IsMe { get; private set; }
    public IEnumerable<SelectListItem> RoleOptions => RoleChoices.Options(Role);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Role = CurrentRoles.FirstOrDefault(Roles.DistrictRoles.Contains) ?? Roles.Teacher;
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (IsMe)
        {
            ModelState.AddModelError(nameof(Role), "You cannot change your own role. Ask another district administrator.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await users.RemoveFromRolesAsync(Account, CurrentRoles.Where(Roles.DistrictRoles.Contains));
        await users.AddToRoleAsync(Account, Role);
        // Makes the person's open sessions pick up the new role at the next check.
        await users.UpdateSecurityStampAsync(Account);
        StatusMessage = $"{Account.DisplayName} is now {Roles.Label(Role)}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        StatusMessage = $"{Account.DisplayName} can sign in again.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostTurnOffTwoFactorAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        await users.SetTwoFactorEnabledAsync(Account, false);
        await users.ResetAuthenticatorKeyAsync(Account);
        StatusMessage = $"Two-step sign-in is off for {Account.DisplayName}. Ask them to set it up again.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResendInvitationAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Invited)
        {
            return NotFound();
        }
        var districtName = await db.Districts.Select(d => d.Name).FirstAsync(cancellationToken);
        await invitations.QueueAsync(Account, districtName, User.FindFirst(BeaconClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? "Your district administrator");
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = $"We mailed a new invitation to {Account.Email}.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = id.ToString();
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == key, cancellationToken) is not { } account)
        {
            return false;
        }
        Account = account;
        CurrentRoles = [.. await users.GetRolesAsync(account)];
        StaffMemberName = account.StaffMemberId is { } staffId
            ? await db.StaffMembers.Where(s => s.Id == staffId).Select(s => s.GivenName + " " + s.FamilyName).FirstOrDefaultAsync(cancellationToken)
            : null;
        LockedOut = account.LockoutEnd > clock.GetUtcNow();
        Invited = account.PasswordHash is null;
        IsMe = account.Id == users.GetUserId(User);
        return true;
    }
}
