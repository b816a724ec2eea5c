using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features;

/// <summary>The district home: how many schools and staff the district has, and its last import.</summary>
[Authorize]
public class IndexModel(BeaconDbContext db) : PageModel
{
    public string DistrictName { get; private set; } = "";
    public int SchoolCount { get; private set; }
    public int StaffCount { get; private set; }
    public LastImport? Last { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var district = await db.Districts.Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
        if (district is null)
        {
            return User.IsInRole(Roles.SystemAdministrator) ? RedirectToPage("/Admin/Districts/Index") : Forbid();
        }
        DistrictName = district;
        SchoolCount = await db.Schools.CountAsync(cancellationToken);
        StaffCount = await db.StaffMembers.CountAsync(cancellationToken);
        Last = await db.ImportRuns
            .Where(r => r.Status == ImportStatus.Applied)
            .OrderByDescending(r => r.AppliedAt)
            .Select(r => new LastImport(r.Kind, r.FileName, r.AppliedAt!.Value, r.UploadedBy, r.Created, r.Updated))
            .FirstOrDefaultAsync(cancellationToken);
        return Page();
    }

    public sealed record LastImport(ImportKind Kind, string FileName, DateTimeOffset AppliedAt, string By, int Created, int Updated);
}
