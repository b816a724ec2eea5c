using Beacon.Web.Data;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// Counts each school's staffing for the equity report in one SQL statement: FTE sums by kind of
/// teacher, and the year's poverty share and enrollment from the imported metrics (or, where the
/// year has none, from the school record). A year whose staffing was recorded is read from its
/// <see cref="StaffYearRecord"/>s; any other year from today's staff assignments.
/// </summary>
public sealed class EquityQuery(BeaconDbContext db)
{
    public static readonly StaffRole[] SupportRoles = [StaffRole.Counselor, StaffRole.Specialist, StaffRole.Coach, StaffRole.Aide];

    private sealed class StaffingRow
    {
        public Guid SchoolId { get; init; }
        public StaffRole Role { get; init; }
        public int? YearsOfExperience { get; init; }
        public CertificationStatus Certification { get; init; }
        public EffectivenessRating? Effectiveness { get; init; }
        public double Fte { get; init; }
        public bool OutOfField { get; init; }
    }

    public async Task<List<SchoolStaffing>> SchoolsAsync(Guid? schoolYearId, int inexperiencedBelowYears, CancellationToken cancellationToken = default)
    {
        var recorded = schoolYearId is not null && await db.StaffYearRecords.AnyAsync(r => r.SchoolYearId == schoolYearId, cancellationToken);
        var rows = recorded
            ? db.StaffYearRecords.Where(r => r.SchoolYearId == schoolYearId).Select(r => new StaffingRow
            {
                SchoolId = r.SchoolId, Role = r.Role, YearsOfExperience = r.YearsOfExperience,
                Certification = r.Certification, Effectiveness = r.Effectiveness, Fte = r.Fte, OutOfField = r.OutOfField,
            })
            : db.StaffAssignments.Select(a => new StaffingRow
            {
                SchoolId = a.SchoolId, Role = a.StaffMember!.Role, YearsOfExperience = a.StaffMember.YearsOfExperience,
                Certification = a.StaffMember.Certification, Effectiveness = a.StaffMember.Effectiveness, Fte = a.Fte, OutOfField = a.OutOfField,
            });
        var teachers = rows.Where(r => r.Role == StaffRole.Teacher);
        return await db.Schools
            .Select(s => new SchoolStaffing(
                s.Id,
                s.Name,
                db.SchoolMetrics
                    .Where(m => m.SchoolId == s.Id && m.SchoolYearId == schoolYearId && m.Measure!.Code == Measure.PovertyCode)
                    .Select(m => (double?)m.Value).FirstOrDefault() ?? s.PovertyPercent,
                db.SchoolMetrics
                    .Where(m => m.SchoolId == s.Id && m.SchoolYearId == schoolYearId && m.Measure!.Code == Measure.EnrollmentCode)
                    .Select(m => (int?)m.Value).FirstOrDefault() ?? s.Enrollment,
                teachers.Where(r => r.SchoolId == s.Id).Sum(r => r.Fte),
                teachers.Where(r => r.SchoolId == s.Id && r.YearsOfExperience < inexperiencedBelowYears).Sum(r => r.Fte),
                teachers.Where(r => r.SchoolId == s.Id && r.Effectiveness == EffectivenessRating.Ineffective).Sum(r => r.Fte),
                teachers.Where(r => r.SchoolId == s.Id && r.Certification == CertificationStatus.Uncertified).Sum(r => r.Fte),
                teachers.Where(r => r.SchoolId == s.Id && r.Effectiveness == EffectivenessRating.HighlyEffective).Sum(r => r.Fte),
                rows.Where(r => r.SchoolId == s.Id && SupportRoles.Contains(r.Role)).Sum(r => r.Fte),
                teachers.Where(r => r.SchoolId == s.Id && r.OutOfField).Sum(r => r.Fte)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Teachers' placements in a recorded year, for retention.</summary>
    public Task<List<TeacherPlacement>> TeachersAsync(Guid schoolYearId, CancellationToken cancellationToken = default) =>
        db.StaffYearRecords
            .Where(r => r.SchoolYearId == schoolYearId && r.Role == StaffRole.Teacher)
            .Select(r => new TeacherPlacement(r.StaffMemberId, r.SchoolId, r.Effectiveness))
            .ToListAsync(cancellationToken);

    /// <summary>Each school's imported vacancies and extra posts in a year, with the extra posts decided by allocation.</summary>
    public async Task<List<SchoolPositions>> PositionsAsync(Guid? schoolYearId, CancellationToken cancellationToken = default)
    {
        var imported = await db.StaffingPositions.Where(p => p.SchoolYearId == schoolYearId)
            .Select(p => new SchoolPositions(p.SchoolId, p.PositionKind, p.Vacancies, p.ExtraPositions, 0))
            .ToListAsync(cancellationToken);
        var decided = await db.ExtraPositions.Where(p => p.SchoolYearId == schoolYearId)
            .Select(p => new SchoolPositions(p.SchoolId, p.PositionKind, 0, 0, p.Positions))
            .ToListAsync(cancellationToken);
        return [.. imported, .. decided];
    }
}
