namespace Beacon.Web.Features.Metrics;

/// <summary>One stored value as the database returns it, before pivoting.</summary>
public sealed record MetricValue(string MeasureName, string YearName, DateOnly YearStartsOn, double Value);

/// <summary>A measure's values across the table's years; null where the year has no value.</summary>
public sealed record MetricRow(string MeasureName, IReadOnlyList<double?> Values);

/// <summary>
/// SchoolMetric rows pivoted into measure × school year, years in calendar order (oldest first,
/// so a trend reads left to right), measures by name.
/// </summary>
public sealed record MetricTable(IReadOnlyList<string> Years, IReadOnlyList<MetricRow> Rows)
{
    public bool IsEmpty => Rows.Count == 0;

    public static MetricTable Pivot(IEnumerable<MetricValue> values)
    {
        var list = values.ToList();
        var years = list
            .GroupBy(v => v.YearName)
            .OrderBy(g => g.Min(v => v.YearStartsOn)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        var rows = list
            .GroupBy(v => v.MeasureName)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var byYear = g.GroupBy(v => v.YearName).ToDictionary(y => y.Key, y => y.First().Value);
                return new MetricRow(g.Key, years.Select(y => byYear.TryGetValue(y, out var v) ? v : (double?)null).ToList());
            })
            .ToList();
        return new MetricTable(years, rows);
    }
}
