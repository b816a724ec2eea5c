using Beacon.Web.Exports;

namespace Beacon.Web.Features.Staffing;

/// <summary>One line of the equity export: a quartile, the gap, or the gap in one year of the trend.</summary>
public sealed record EquityExportRow(
    string Section, string Label, int? Schools, double? RangeFrom, double? RangeTo, double? TeacherFte,
    double Inexperienced, double Ineffective, double Uncertified, double OutOfField, double HighlyEffective,
    double? PupilsPerTeacher, double? SupportStaffPer100Pupils);

/// <summary>
/// The equity report as one table, in the figures the page shows: quartile rows hold shares in
/// percent, the gap and trend rows the Q4 − Q1 difference in percentage points (the Section column
/// says which), each rounded as on the page.
/// </summary>
public static class EquityExport
{
    public const string QuartileSection = "Quartile";
    public const string GapSection = "Gap Q4 - Q1 (points)";
    public const string TrendSection = "Trend of the gap (points)";

    public static readonly ExportColumn<EquityExportRow>[] Columns =
    [
        new("Section", r => r.Section),
        new("Quartile or year", r => r.Label),
        new("Schools", r => r.Schools),
        new("Ranked from", r => r.RangeFrom),
        new("Ranked to", r => r.RangeTo),
        new("Teacher FTE", r => r.TeacherFte),
        new("Inexperienced", r => r.Inexperienced),
        new("Rated ineffective", r => r.Ineffective),
        new("Uncertified", r => r.Uncertified),
        new("Out of field", r => r.OutOfField),
        new("Highly effective", r => r.HighlyEffective),
        new("Pupils per teacher", r => r.PupilsPerTeacher),
        new("Support staff per 100 pupils", r => r.SupportStaffPer100Pupils),
    ];

    public static IEnumerable<EquityExportRow> Rows(EquityReport report, string yearName, IReadOnlyList<(string Year, EquityGap Gap)> trend)
    {
        foreach (var q in report.Quartiles)
        {
            yield return new EquityExportRow(QuartileSection, $"Q{q.Quartile}", q.Schools, Round(q.MinPoverty), Round(q.MaxPoverty), Round(q.TeacherFte),
                Percent(q.InexperiencedShare), Percent(q.IneffectiveShare), Percent(q.UncertifiedShare), Percent(q.OutOfFieldShare), Percent(q.HighlyEffectiveShare),
                q.PupilsPerTeacher is { } p ? Round(p) : null, q.SupportStaffPer100Pupils is { } s ? Math.Round(s, 2) : null);
        }
        if (report.Gap is { } gap)
        {
            yield return Points(GapSection, yearName, gap);
        }
        foreach (var (year, yearGap) in trend)
        {
            yield return Points(TrendSection, year, yearGap);
        }
    }

    private static EquityExportRow Points(string section, string label, EquityGap gap) =>
        new(section, label, null, null, null, null, gap.Inexperienced, gap.Ineffective, gap.Uncertified, gap.OutOfField, gap.HighlyEffective, null, null);

    private static double Percent(double share) => Math.Round(share * 100, 1);

    private static double Round(double value) => Math.Round(value, 1);
}
