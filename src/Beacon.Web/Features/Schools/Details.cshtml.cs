using Beacon.Web.Data;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>One school: its facts, the first of its staff and its metrics year by year. Another district's school is not found.</summary>
public class DetailsModel(BeaconDbContext db, SchoolScope scope) : PageModel
{
    /// <summary>A big high school has well over a hundred staff; the page lists this many and links to the full, paged list.</summary>
    public const int StaffShown = 25;

    public School School { get; private set; } = null!;
    public int StaffCount { get; private set; }
    public IReadOnlyList<StaffLine> Staff { get; private set; } = [];
    public MetricTable Metrics { get; private set; } = null!;

    /// <summary>The school's staffing aggregates: for those who read ratings, and the school's own leaders.</summary>
    public bool ShowsStaffing { get; private set; }

    /// <summary>The names of the school's staff: for those who may read the staff directory (trustees see the count only).</summary>
    public bool ShowsStaff { get; private set; }

    /// <summary>The school's performance, flags and support: for district leadership, and the school's own leaders.</summary>
    public bool ShowsSupport { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (school is null)
        {
            return NotFound();
        }
        School = school;
        var leadsThisSchool = User.IsInRole(Roles.SchoolLeader) && await scope.CanSeeSchoolAsync(id, cancellationToken);
        ShowsStaffing = scope.SeesRatings || leadsThisSchool;
        ShowsSupport = scope.SeesWholeDistrict || leadsThisSchool;
        ShowsStaff = Roles.StaffDirectoryReaders.Any(User.IsInRole);
        var assignments = db.StaffAssignments.AsNoTracking().Where(a => a.SchoolId == id);
        StaffCount = await assignments.CountAsync(cancellationToken);
        Staff = !ShowsStaff ? [] : await assignments
            .OrderBy(a => a.StaffMember!.FamilyName).ThenBy(a => a.StaffMember!.GivenName).ThenBy(a => a.StaffMemberId)
            .Take(StaffShown)
            .Select(a => new StaffLine(a.StaffMemberId, a.StaffMember!.FamilyName + ", " + a.StaffMember.GivenName, a.StaffMember.Role, a.Fte))
            .ToListAsync(cancellationToken);
        var values = await db.SchoolMetrics.AsNoTracking()
            .Where(m => m.SchoolId == id)
            .Select(m => new MetricValue(m.Measure!.Name, m.SchoolYear!.Name, m.SchoolYear.StartsOn, m.Value))
            .ToListAsync(cancellationToken);
        Metrics = MetricTable.Pivot(values);
        return Page();
    }

    public sealed record StaffLine(Guid Id, string Name, StaffRole Role, double Fte);
}
