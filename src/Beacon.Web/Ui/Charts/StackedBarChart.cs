using System.Globalization;

namespace Beacon.Web.Ui.Charts;

/// <summary>
/// One bar of a stacked bar chart: how many chose each level, low to high. <see cref="Counts"/> is null
/// for a group the page does not show (survey suppression): the chart writes <see cref="Summary"/>
/// (e.g. "not shown") where the bar would be and draws nothing.
/// </summary>
public sealed record StackedBarRow(string Label, IReadOnlyList<int>? Counts, string? Summary = null)
{
    /// <summary>The change from an earlier figure ("+6 pts"), written after the summary and kept as <c>data-change</c>; null for none.</summary>
    public string? Change { get; init; }
}

/// <summary>
/// Stacked bars on a 360-unit-wide canvas (a phone's width at 1:1): a legend on top, then per row its
/// label and summary on one line and the bar beneath, each segment labelled with its percentage when
/// there is room. The lower half of the levels is hatched, so "disagree" and "agree" differ without colour.
/// </summary>
public static class StackedBarChart
{
    public const double Width = 360;
    private const double BarHeight = 20;
    private const double RowHeight = 50;

    public static ChartDrawing Build(string title, IReadOnlyList<string> levels, IReadOnlyList<StackedBarRow> rows)
    {
        var colours = ChartColours.Scale(levels.Count);
        var hatched = levels.Count / 2;
        var shapes = new List<Shape>();
        var y = Legend(shapes, levels, colours, hatched);
        foreach (var row in rows)
        {
            shapes.Add(Row(row, levels, colours, hatched, y));
            y += RowHeight;
        }
        return new ChartDrawing(Width, y, title, shapes) { CssClass = "chart stacked" };
    }

    private static double Legend(List<Shape> shapes, IReadOnlyList<string> levels, IReadOnlyList<string> colours, int hatched)
    {
        double x = 0, y = 0;
        for (var i = 0; i < levels.Count; i++)
        {
            var advance = 18 + TextWidth(levels[i], 11) + 12;
            if (x > 0 && x + advance - 12 > Width)
            {
                (x, y) = (0, y + 18);
            }
            shapes.Add(new Box(x, y + 2, 12, 12, colours[i], Hatched: i < hatched));
            shapes.Add(new Label(x + 16, y + 12, levels[i], 11, ChartColours.Ink));
            x += advance;
        }
        return y + 26;
    }

    private static ShapeGroup Row(StackedBarRow row, IReadOnlyList<string> levels, IReadOnlyList<string> colours, int hatched, double top)
    {
        var summary = row.Change is null ? row.Summary : $"{row.Summary}, {row.Change}";
        var summaryWidth = summary is null ? 0 : TextWidth(summary, 12) + 8;
        var shapes = new List<Shape> { new Label(0, top + 13, Fit(row.Label, Width - summaryWidth, 12), 12, ChartColours.Ink, Bold: true) };
        var data = new Dictionary<string, string> { ["label"] = row.Label, ["shown"] = row.Counts is null ? "false" : "true" };
        if (row.Counts is not { } counts)
        {
            shapes.Add(new Label(0, top + 33, row.Summary ?? "not shown", 12, ChartColours.Muted));
            return new ShapeGroup(data, shapes);
        }
        if (summary is not null)
        {
            shapes.Add(new Label(Width, top + 13, summary, 12, ChartColours.Muted, TextAnchor.End));
        }
        if (row.Change is { } change)
        {
            data["change"] = change;
        }
        data["counts"] = string.Join(',', counts.Select(c => c.ToString(CultureInfo.InvariantCulture)));
        data["total"] = counts.Sum().ToString(CultureInfo.InvariantCulture);
        var percentages = StackedBar.Percentages(counts);
        var segments = StackedBar.Split(counts, Width);
        if (segments.Count == 0)
        {
            shapes.Add(new Box(0, top + 18, Width, BarHeight, "#ffffff", Stroke: ChartColours.Grid));
            shapes.Add(new Label(Width / 2, top + 32, "none yet", 11, ChartColours.Muted, TextAnchor.Middle));
        }
        foreach (var segment in segments.Where(s => s.Width > 0))
        {
            var level = levels[segment.Index];
            var count = counts[segment.Index];
            var percent = percentages[segment.Index].ToString(CultureInfo.InvariantCulture) + "%";
            shapes.Add(new Box(segment.Start, top + 18, segment.Width, BarHeight, colours[segment.Index], Hatched: segment.Index < hatched,
                Tip: $"{row.Label}: {level} {count.ToString(CultureInfo.InvariantCulture)} ({percent})")
            {
                Data = new Dictionary<string, string> { ["level"] = level, ["count"] = count.ToString(CultureInfo.InvariantCulture) },
            });
            if (segment.Width >= TextWidth(percent, 11) + 6)
            {
                shapes.Add(new Label(segment.Start + segment.Width / 2, top + 32, percent, 11, ChartColours.TextOn(colours[segment.Index]), TextAnchor.Middle, Bold: true));
            }
        }
        return new ShapeGroup(data, shapes);
    }

    /// <summary>An estimate of a text's width in the sans-serif fonts pages and PDFs use; generous, so labels do not collide.</summary>
    public static double TextWidth(string text, double size) => text.Length * size * 0.58;

    private static string Fit(string text, double width, double size)
    {
        var room = (int)(width / (size * 0.58));
        return text.Length <= room ? text : string.Concat(text.AsSpan(0, Math.Max(1, room - 1)), "…");
    }
}
