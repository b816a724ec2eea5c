using Beacon.Web.Data;
using Beacon.Web.Features.Metrics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>
/// Actual results of plan measures taken from imported school-year metrics: a school plan reads
/// its own school's value; the district plan combines all schools (<see cref="DistrictAggregate"/>).
/// A plan year is matched to the school year that starts in that calendar year.
/// </summary>
public sealed class MetricActuals(BeaconDbContext db)
{
    public async Task<IReadOnlyDictionary<(Guid MeasureId, int Year), DistrictValue>> ForAsync(
        Guid? schoolId, IReadOnlyCollection<Guid> measureIds, int fromYear, int toYear, CancellationToken cancellationToken = default)
    {
        if (measureIds.Count == 0)
        {
            return new Dictionary<(Guid, int), DistrictValue>();
        }
        var years = (await db.SchoolYears.Select(y => new { y.Id, y.StartsOn }).ToListAsync(cancellationToken))
            .Where(y => y.StartsOn.Year >= fromYear && y.StartsOn.Year <= toYear)
            .ToDictionary(y => y.Id, y => y.StartsOn.Year);
        var yearIds = years.Keys.ToList();
        var ids = measureIds.ToList();
        var enrollmentId = await db.Measures.Where(m => m.Code == Measure.EnrollmentCode).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);

        var metrics = db.SchoolMetrics.Where(m => ids.Contains(m.MeasureId) && yearIds.Contains(m.SchoolYearId));
        if (schoolId is { } school)
        {
            metrics = metrics.Where(m => m.SchoolId == school);
        }
        var rows = await metrics
            .Select(m => new
            {
                m.MeasureId,
                m.SchoolYearId,
                m.Value,
                Enrollment = db.SchoolMetrics
                    .Where(e => e.SchoolId == m.SchoolId && e.SchoolYearId == m.SchoolYearId && e.MeasureId == enrollmentId)
                    .Select(e => (double?)e.Value)
                    .FirstOrDefault() ?? (double?)m.School!.Enrollment,
            })
            .ToListAsync(cancellationToken);

        return rows
            .GroupBy(r => (r.MeasureId, Year: years[r.SchoolYearId]))
            .Select(g => (g.Key, Value: DistrictAggregate.Combine(
                g.Select(r => new SchoolValue(r.Value, r.Enrollment)).ToList(), isCount: g.Key.MeasureId == enrollmentId)))
            .Where(x => x.Value is not null)
            .ToDictionary(x => x.Key, x => x.Value!);
    }
}
