using Beacon.Web.Data;
using Beacon.Web.Features.Metrics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support;

public sealed record WeightedMeasure(Guid Id, string Name, bool HigherIsBetter, double Weight);

/// <summary>A school's scores by year (oldest first) and the values behind them.</summary>
public sealed record SchoolPerformance(Guid SchoolId, string SchoolName, IReadOnlyList<double?> Scores, IReadOnlyList<IReadOnlyDictionary<Guid, MeasureValue>> ValuesByYear)
{
    public SchoolScores AsScores() => new(SchoolId, SchoolName, Scores);

    /// <summary>The latest year's values: what matching compares.</summary>
    public SchoolProfile LatestProfile() => new(SchoolId, SchoolName, ValuesByYear.Count > 0 ? ValuesByYear[^1] : new Dictionary<Guid, MeasureValue>());
}

/// <summary>Every school's weighted performance score per school year, with the weights and settings used.</summary>
public sealed record PerformanceTable(
    IReadOnlyList<string> Years, IReadOnlyList<WeightedMeasure> Measures, IReadOnlyList<SchoolPerformance> Schools, SupportSettings Settings)
{
    public IReadOnlyDictionary<Guid, double> Weights => Measures.ToDictionary(m => m.Id, m => m.Weight);

    public IReadOnlyDictionary<Guid, string> MeasureNames => Measures.ToDictionary(m => m.Id, m => m.Name);

    public string? LatestYear => Years.Count > 0 ? Years[^1] : null;
}

/// <summary>Reads the district's support settings, measure weights and every school's weighted performance.</summary>
public sealed class PerformanceQuery(BeaconDbContext db)
{
    public async Task<SupportSettings> LoadSupportSettingsAsync(CancellationToken cancellationToken) =>
        await db.SupportSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? SupportSettings.Defaults();

    /// <summary>The measures with the weight each carries: the district's own, or the default.</summary>
    public async Task<List<WeightedMeasure>> LoadWeightedMeasuresAsync(CancellationToken cancellationToken)
    {
        var weights = await db.MeasureWeights.ToDictionaryAsync(w => w.MeasureId, w => w.Weight, cancellationToken);
        var measures = await db.Measures.OrderBy(m => m.Name).Select(m => new { m.Id, m.Code, m.Name, m.HigherIsBetter }).ToListAsync(cancellationToken);
        return measures
            .Select(m => new WeightedMeasure(m.Id, m.Name, m.HigherIsBetter,
                weights.TryGetValue(m.Id, out var w) ? w : m.Code is Measure.EnrollmentCode or Measure.PovertyCode ? 0 : 1))
            .ToList();
    }

    public async Task<PerformanceTable> LoadPerformanceAsync(CancellationToken cancellationToken)
    {
        var settings = await LoadSupportSettingsAsync(cancellationToken);
        var measures = await LoadWeightedMeasuresAsync(cancellationToken);
        var years = await db.SchoolYears.OrderBy(y => y.StartsOn).Select(y => new { y.Id, y.Name }).ToListAsync(cancellationToken);
        var schools = await db.Schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var weighted = measures.Where(m => m.Weight > 0).ToDictionary(m => m.Id);
        var metrics = await db.SchoolMetrics
            .Select(m => new { m.SchoolId, m.SchoolYearId, m.MeasureId, m.Value })
            .ToListAsync(cancellationToken);
        var lookup = metrics
            .Where(m => weighted.ContainsKey(m.MeasureId))
            .ToLookup(m => (m.SchoolId, m.SchoolYearId));
        var weights = weighted.ToDictionary(w => w.Key, w => w.Value.Weight);

        var rows = schools.Select(school =>
        {
            var valuesByYear = years
                .Select(year => (IReadOnlyDictionary<Guid, MeasureValue>)lookup[(school.Id, year.Id)]
                    .ToDictionary(m => m.MeasureId, m => new MeasureValue(m.MeasureId, m.Value, weighted[m.MeasureId].HigherIsBetter)))
                .ToList();
            var scores = valuesByYear.Select(v => PerformanceScore.Compute(v.Values, weights)).ToList();
            return new SchoolPerformance(school.Id, school.Name, scores, valuesByYear);
        }).ToList();
        return new PerformanceTable(years.Select(y => y.Name).ToList(), measures, rows, settings);
    }
}
