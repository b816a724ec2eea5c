using Beacon.Web.Exports;

namespace Beacon.Web.Features.Support;

/// <summary>One school's line of the performance view as exported.</summary>
public sealed record PerformanceExportRow(string School, IReadOnlyList<double?> Scores, string Trend, int OpenFlags, string Tier, bool BelowThreshold);

/// <summary>
/// The school performance view as one table, in the page's order and with its figures: a score
/// column per school year (rounded to one decimal as shown), the trend, open flags and the tier.
/// </summary>
public static class PerformanceExport
{
    public static IReadOnlyList<ExportColumn<PerformanceExportRow>> Columns(IReadOnlyList<string> years) =>
    [
        new("School", r => r.School),
        .. years.Select((year, i) => new ExportColumn<PerformanceExportRow>($"Score {year}", r => r.Scores[i] is { } s ? Math.Round(s, 1) : null)),
        new("Trend", r => r.Trend),
        new("Below threshold", r => r.BelowThreshold ? "yes" : "no"),
        new("Open flags", r => r.OpenFlags),
        new("Tier of support", r => r.Tier),
    ];
}
