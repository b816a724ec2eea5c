using Beacon.Web.Data;
using Beacon.Web.Data.Figures;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// Counts each school's staffing for the equity report: FTE sums by kind of teacher in one grouped
/// statement, and the year's poverty share and enrollment from the imported metrics (or, where the
/// year has none, from the school record). A year whose staffing was recorded is read from its
/// <see cref="StaffYearRecord"/>s; any other year from today's staff assignments. The sums over
/// every staff row are kept in memory under the district's staffing <see cref="FigureVersion"/>, so a
/// page pays for them once per change to the staffing, not once per request.
/// </summary>
public sealed class EquityQuery(BeaconDbContext db, FigureCache cache)
{
    /// <summary>The name of the staffing figures' version, renewed by any change to what they are computed from.</summary>
    public const string Figures = "staffing";

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

    private async Task<IQueryable<StaffingRow>> RowsAsync(Guid? schoolYearId, CancellationToken cancellationToken)
    {
        var recorded = schoolYearId is not null && await db.StaffYearRecords.AnyAsync(r => r.SchoolYearId == schoolYearId, cancellationToken);
        return recorded
            ? db.StaffYearRecords.Where(r => r.SchoolYearId == schoolYearId).Select(r => new StaffingRow
            {
                SchoolId = r.SchoolId,
                Role = r.Role,
                YearsOfExperience = r.YearsOfExperience,
                Certification = r.Certification,
                Effectiveness = r.Effectiveness,
                Fte = r.Fte,
                OutOfField = r.OutOfField,
            })
            // An explicit join, not the navigation: EF turns an aggregate over a navigation into a
            // subquery per group.
            : db.StaffAssignments.Join(db.StaffMembers, a => a.StaffMemberId, m => m.Id, (a, m) => new StaffingRow
            {
                SchoolId = a.SchoolId,
                Role = m.Role,
                YearsOfExperience = m.YearsOfExperience,
                Certification = m.Certification,
                Effectiveness = m.Effectiveness,
                Fte = a.Fte,
                OutOfField = a.OutOfField,
            });
    }

    /// <summary>
    /// How many teachers one school has in a year and how many each share describes, counted in the
    /// database. A person has one row per school (and year), so rows are people.
    /// </summary>
    public async Task<TeacherCounts> TeacherCountsAsync(Guid schoolId, Guid? schoolYearId, int inexperiencedBelowYears, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(schoolYearId, cancellationToken);
        var counts = await rows
            .Where(r => r.SchoolId == schoolId && r.Role == StaffRole.Teacher && r.Fte > 0)
            .GroupBy(r => r.SchoolId)
            .Select(g => new
            {
                Teachers = g.Count(),
                Inexperienced = g.Sum(r => r.YearsOfExperience < inexperiencedBelowYears ? 1 : 0),
                Ineffective = g.Sum(r => r.Effectiveness == EffectivenessRating.Ineffective ? 1 : 0),
                HighlyEffective = g.Sum(r => r.Effectiveness == EffectivenessRating.HighlyEffective ? 1 : 0),
                Uncertified = g.Sum(r => r.Certification == CertificationStatus.Uncertified ? 1 : 0),
                OutOfField = g.Sum(r => r.OutOfField ? 1 : 0),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return counts is null
            ? TeacherCounts.None
            : new TeacherCounts(counts.Teachers, counts.Inexperienced, counts.Ineffective, counts.HighlyEffective, counts.Uncertified, counts.OutOfField);
    }

    public async Task<List<SchoolStaffing>> SchoolsAsync(Guid? schoolYearId, int inexperiencedBelowYears, CancellationToken cancellationToken = default) =>
        [.. await cache.GetAsync(Figures, ("schools", schoolYearId, inexperiencedBelowYears),
            async () => (await ComputeSchoolsAsync(schoolYearId, inexperiencedBelowYears, cancellationToken)).ToArray(), cancellationToken)];

    /// <summary>The same as <see cref="SchoolsAsync"/>, always from the rows: what the cached figures must equal.</summary>
    public async Task<List<SchoolStaffing>> ComputeSchoolsAsync(Guid? schoolYearId, int inexperiencedBelowYears, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(schoolYearId, cancellationToken);
        // One pass over the staffing rows grouped by school; a sum per school in a correlated
        // subquery each grew with schools × staff (seconds at 200 schools, minutes at 1,800).
        var sums = await rows
            .GroupBy(r => r.SchoolId)
            .Select(g => new
            {
                SchoolId = g.Key,
                Teachers = g.Sum(r => r.Role == StaffRole.Teacher ? r.Fte : 0),
                Inexperienced = g.Sum(r => r.Role == StaffRole.Teacher && r.YearsOfExperience < inexperiencedBelowYears ? r.Fte : 0),
                Ineffective = g.Sum(r => r.Role == StaffRole.Teacher && r.Effectiveness == EffectivenessRating.Ineffective ? r.Fte : 0),
                Uncertified = g.Sum(r => r.Role == StaffRole.Teacher && r.Certification == CertificationStatus.Uncertified ? r.Fte : 0),
                HighlyEffective = g.Sum(r => r.Role == StaffRole.Teacher && r.Effectiveness == EffectivenessRating.HighlyEffective ? r.Fte : 0),
                Support = g.Sum(r => r.Role == StaffRole.Counselor || r.Role == StaffRole.Specialist || r.Role == StaffRole.Coach || r.Role == StaffRole.Aide ? r.Fte : 0),
                OutOfField = g.Sum(r => r.Role == StaffRole.Teacher && r.OutOfField ? r.Fte : 0),
            })
            .ToDictionaryAsync(s => s.SchoolId, cancellationToken);
        var metrics = await db.SchoolMetrics
            .Where(m => m.SchoolYearId == schoolYearId && (m.Measure!.Code == Measure.PovertyCode || m.Measure.Code == Measure.EnrollmentCode))
            .Select(m => new { m.SchoolId, m.Measure!.Code, m.Value })
            .ToListAsync(cancellationToken);
        var poverty = metrics.Where(m => m.Code == Measure.PovertyCode).DistinctBy(m => m.SchoolId).ToDictionary(m => m.SchoolId, m => m.Value);
        var enrollment = metrics.Where(m => m.Code == Measure.EnrollmentCode).DistinctBy(m => m.SchoolId).ToDictionary(m => m.SchoolId, m => (int)m.Value);
        var schools = await db.Schools.Select(s => new { s.Id, s.Name, s.PovertyPercent, s.Enrollment }).ToListAsync(cancellationToken);
        return schools.Select(s =>
        {
            var sum = sums.GetValueOrDefault(s.Id);
            return new SchoolStaffing(
                s.Id,
                s.Name,
                poverty.TryGetValue(s.Id, out var share) ? share : s.PovertyPercent,
                enrollment.TryGetValue(s.Id, out var enrolled) ? enrolled : s.Enrollment,
                sum?.Teachers ?? 0,
                sum?.Inexperienced ?? 0,
                sum?.Ineffective ?? 0,
                sum?.Uncertified ?? 0,
                sum?.HighlyEffective ?? 0,
                sum?.Support ?? 0,
                sum?.OutOfField ?? 0);
        }).ToList();
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
