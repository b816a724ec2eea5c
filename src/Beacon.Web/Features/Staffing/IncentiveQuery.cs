using Beacon.Web.Data;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>Today's teacher assignments with their school's poverty share and quartile in the latest school year.</summary>
public sealed class IncentiveQuery(BeaconDbContext db, EquityQuery equity)
{
    public async Task<List<TeacherAssignment>> TeacherAssignmentsAsync(CancellationToken cancellationToken = default)
    {
        var latestYear = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Select(y => (Guid?)y.Id).FirstOrDefaultAsync(cancellationToken);
        var schools = await equity.SchoolsAsync(latestYear, 0, cancellationToken);
        var poverty = schools.ToDictionary(s => s.SchoolId, s => s.PovertyPercent);
        var quartiles = EquityReport.PovertySplit(schools)
            .Ranked.ToDictionary(r => r.SchoolId, r => r.Quartile);
        var rows = await db.StaffAssignments
            .Where(a => a.StaffMember!.Role == StaffRole.Teacher)
            .Select(a => new
            {
                a.StaffMemberId,
                a.StaffMember!.GivenName,
                a.StaffMember.FamilyName,
                a.SchoolId,
                School = a.School!.Name,
                a.StaffMember.Effectiveness,
                a.Subject,
                a.Fte,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new TeacherAssignment(
                r.StaffMemberId, $"{r.GivenName} {r.FamilyName}", r.School, poverty.GetValueOrDefault(r.SchoolId),
                quartiles.TryGetValue(r.SchoolId, out var q) ? q : null, r.Effectiveness, r.Subject, r.Fte))
            .ToList();
    }
}
