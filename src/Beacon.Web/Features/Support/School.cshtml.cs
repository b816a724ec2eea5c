using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support;

public sealed record PartnershipRow(Guid Id, string SupportingSchool, string SupportedSchool, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>
/// One school's performance and the support around it. District leadership sees every school; a
/// principal sees their own school's flags and partnerships, and nobody else's.
/// </summary>
public class SchoolModel(BeaconDbContext db, SchoolScope scope, PerformanceQuery performance) : PageModel
{
    public string SchoolName { get; private set; } = "";
    public Guid SchoolId { get; private set; }
    public PerformanceTable Table { get; private set; } = null!;
    public SchoolPerformance? Performance { get; private set; }
    public IReadOnlyList<SchoolFlag> Flags { get; private set; } = [];
    public IReadOnlyList<TierAssignment> Tiers { get; private set; } = [];
    public IReadOnlyList<PartnershipRow> Partnerships { get; private set; } = [];
    public bool IsLeadership => scope.SeesWholeDistrict;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
        if (school is null)
        {
            return NotFound();
        }
        if (!scope.SeesWholeDistrict && !(User.IsInRole(Roles.SchoolLeader) && await scope.CanSeeSchoolAsync(id, cancellationToken)))
        {
            return Forbid();
        }
        SchoolId = school.Id;
        SchoolName = school.Name;
        Table = await performance.LoadPerformanceAsync(cancellationToken);
        Performance = Table.Schools.FirstOrDefault(s => s.SchoolId == id);
        Flags = (await db.SchoolFlags.AsNoTracking().Where(f => f.SchoolId == id).ToListAsync(cancellationToken))
            .OrderBy(f => f.Status == FlagStatus.Resolved).ThenByDescending(f => f.RaisedAt).ToList();
        Tiers = (await db.TierAssignments.AsNoTracking().Where(a => a.SchoolId == id).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.AssignedAt).ToList();
        Partnerships = await db.Partnerships.AsNoTracking()
            .Where(p => p.SupportedSchoolId == id || p.SupportingSchoolId == id)
            .OrderBy(p => p.StartsOn)
            .Select(p => new PartnershipRow(p.Id, p.SupportingSchool!.Name, p.SupportedSchool!.Name, p.StartsOn, p.EndsOn))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
