using Beacon.Web.Data;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// Counts each school's staffing for the equity report in one SQL statement: FTE sums by kind of
/// teacher, and the year's poverty share and enrollment from the imported metrics (or, where the
/// year has none, from the school record).
/// </summary>
public sealed class EquityQuery(BeaconDbContext db)
{
    public static readonly StaffRole[] SupportRoles = [StaffRole.Counselor, StaffRole.Specialist, StaffRole.Coach, StaffRole.Aide];

    public Task<List<SchoolStaffing>> SchoolsAsync(Guid? schoolYearId, int inexperiencedBelowYears, CancellationToken cancellationToken = default) =>
        db.Schools
            .Select(s => new SchoolStaffing(
                s.Id,
                s.Name,
                db.SchoolMetrics
                    .Where(m => m.SchoolId == s.Id && m.SchoolYearId == schoolYearId && m.Measure!.Code == Measure.PovertyCode)
                    .Select(m => (double?)m.Value).FirstOrDefault() ?? s.PovertyPercent,
                db.SchoolMetrics
                    .Where(m => m.SchoolId == s.Id && m.SchoolYearId == schoolYearId && m.Measure!.Code == Measure.EnrollmentCode)
                    .Select(m => (int?)m.Value).FirstOrDefault() ?? s.Enrollment,
                s.Assignments.Where(a => a.StaffMember!.Role == StaffRole.Teacher).Sum(a => a.Fte),
                s.Assignments.Where(a => a.StaffMember!.Role == StaffRole.Teacher && a.StaffMember.YearsOfExperience < inexperiencedBelowYears).Sum(a => a.Fte),
                s.Assignments.Where(a => a.StaffMember!.Role == StaffRole.Teacher && a.StaffMember.Effectiveness == EffectivenessRating.Ineffective).Sum(a => a.Fte),
                s.Assignments.Where(a => a.StaffMember!.Role == StaffRole.Teacher && a.StaffMember.Certification == CertificationStatus.Uncertified).Sum(a => a.Fte),
                s.Assignments.Where(a => a.StaffMember!.Role == StaffRole.Teacher && a.StaffMember.Effectiveness == EffectivenessRating.HighlyEffective).Sum(a => a.Fte),
                s.Assignments.Where(a => SupportRoles.Contains(a.StaffMember!.Role)).Sum(a => a.Fte)))
            .ToListAsync(cancellationToken);
}
