using System.Globalization;

namespace Beacon.Web.Ui.Charts;

/// <summary>How a timeline draws a row's bar: its fill, and whether it is hatched (so kinds differ without colour).</summary>
public sealed record TimelineStyle(string Fill, bool Hatched = false);

/// <summary>
/// One row of a timeline: <see cref="Start"/> to <see cref="End"/> (a single day when there is no start), its status
/// in words and how to draw it. <see cref="Late"/> rows get a red outline and "overdue" in words beside them.
/// </summary>
public sealed record TimelineRow(string Label, DateOnly? Start, DateOnly End, string Status, TimelineStyle Style, bool Late);

/// <summary>
/// A timeline (Gantt-like) on the 360-unit canvas of the other charts: dates on an axis along the top, then per row
/// its label and status on one line and its bar beneath, and a dashed line at today. Each row's group carries the
/// figures it draws as <c>data-</c> attributes, written as the table behind the chart writes them.
/// </summary>
public static class TimelineChart
{
    public const double Width = 360;
    private const double AxisHeight = 30;
    private const double RowHeight = 44;

    public static ChartDrawing Build(string title, IReadOnlyList<TimelineRow> rows, DateOnly today, Func<DateOnly, string> format)
    {
        var first = rows.Select(r => r.Start is { } s && s < r.End ? s : r.End).Append(today).Min();
        var last = rows.Select(r => r.End).Append(today).Max();
        var (from, to) = (new DateOnly(first.Year, first.Month, 1), new DateOnly(last.Year, last.Month, 1).AddMonths(1));
        var span = Math.Max(1, to.DayNumber - from.DayNumber);
        double X(DateOnly day) => Width * (day.DayNumber - from.DayNumber) / span;

        var shapes = new List<Shape>();
        var height = AxisHeight + rows.Count * RowHeight;
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        var step = months <= 4 ? 1 : months <= 8 ? 2 : months <= 12 ? 3 : months <= 24 ? 6 : 12;
        for (var tick = from; tick < to; tick = tick.AddMonths(step))
        {
            var x = X(tick);
            shapes.Add(new Line([new ChartPoint(x, 18), new ChartPoint(x, height)], ChartColours.Grid, 1));
            if (x + 40 <= Width)
            {
                shapes.Add(new Label(x + 2, 12, tick.ToString("MMM yyyy", CultureInfo.InvariantCulture), 10, ChartColours.Muted));
            }
        }
        var now = X(today);
        shapes.Add(new Line([new ChartPoint(now, 18), new ChartPoint(now, height)], ChartColours.Ink, 1.5, Dashed: true));
        shapes.Add(new Label(Math.Clamp(now, 20, Width - 20), AxisHeight - 2, "today", 10, ChartColours.Ink, TextAnchor.Middle, Bold: true));

        var y = AxisHeight;
        foreach (var row in rows)
        {
            shapes.Add(Row(row, y, X, format));
            y += RowHeight;
        }
        return new ChartDrawing(Width, height, title, shapes) { CssClass = "chart timeline" };
    }

    private static ShapeGroup Row(TimelineRow row, double top, Func<DateOnly, double> x, Func<DateOnly, string> format)
    {
        var status = row.Late ? $"{row.Status}, overdue" : row.Status;
        var statusWidth = StackedBarChart.TextWidth(status, 11) + 8;
        var start = x(row.Start is { } begins && begins <= row.End ? begins : row.End);
        var end = Math.Max(x(row.End.AddDays(1)), start + 4);
        if (end > Width)
        {
            // A one-day bar at the very end keeps its least visible width inside the canvas.
            (start, end) = (start - (end - Width), Width);
        }
        var data = new Dictionary<string, string>
        {
            ["label"] = row.Label,
            ["starts"] = row.Start is { } s ? format(s) : "",
            ["due"] = format(row.End),
            ["status"] = status,
        };
        var tip = $"{row.Label}: {(row.Start is { } st ? format(st) + " to " : "due ")}{format(row.End)}, {status}";
        var shapes = new List<Shape>
        {
            new Label(0, top + 13, Fit(row.Label, Width - statusWidth), 12, ChartColours.Ink, Bold: true),
            new Label(Width, top + 13, status, 11, row.Late ? ChartColours.Bad : ChartColours.Muted, TextAnchor.End, Bold: row.Late),
            new Box(start, top + 19, end - start, 14, row.Style.Fill, row.Late ? ChartColours.Bad : null, row.Style.Hatched, tip),
        };
        return new ShapeGroup(data, shapes);
    }

    private static string Fit(string text, double width)
    {
        var room = (int)(width / (12 * 0.58));
        return text.Length <= room ? text : string.Concat(text.AsSpan(0, Math.Max(1, room - 1)), "…");
    }
}
