using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Users;

/// <summary>The district's accounts, a page at a time. The tenant filter on accounts keeps other districts out.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class IndexModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? StatusMessage { get; set; }

    public int Total { get; private set; }
    public int PageCount => Paging.PageCount(Total, PageSize);
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Total = await db.Users.CountAsync(cancellationToken);
        PageNumber = Paging.Clamp(PageNumber, Total, PageSize);
        var now = clock.GetUtcNow();
        var rows = await db.Users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip(Paging.Skip(PageNumber, PageSize)).Take(PageSize)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.TwoFactorEnabled,
                u.LockoutEnd,
                Invited = u.PasswordHash == null,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        Rows = rows
            .Select(r => new UserRow(r.Id, r.DisplayName, r.Email ?? "", r.Roles.Select(Roles.Label).ToList(),
                r.TwoFactorEnabled, r.LockoutEnd > now, r.Invited))
            .ToList();
    }

    public sealed record UserRow(
        string Id, string Name, string Email, IReadOnlyList<string> Roles, bool TwoFactor, bool LockedOut, bool Invited);
}
