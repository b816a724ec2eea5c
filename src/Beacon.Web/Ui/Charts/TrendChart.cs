using System.Globalization;

namespace Beacon.Web.Ui.Charts;

/// <summary>
/// A measure over time against its targets: the actual as a solid line with filled dots, the target as
/// a dashed line with hollow squares, so the two differ by shape and not only by colour. Missing values
/// leave gaps. Pages put a table of the same figures beside it; the board PDF draws the same marks.
/// </summary>
public static class TrendChart
{
    private const string ActualColour = "#0b5394";
    private const string TargetColour = "#b45f06";

    public static string Render(string title, IReadOnlyList<string> categories, IReadOnlyList<double?> actual, IReadOnlyList<double?> target, string unit = "") =>
        SvgChart.Render(Build(title, categories, actual, target, unit));

    public static ChartDrawing Build(string title, IReadOnlyList<string> categories, IReadOnlyList<double?> actual, IReadOnlyList<double?> target, string unit = "")
    {
        const int width = 560, height = 240, left = 52, right = 12, top = 30, bottom = 36;
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        var values = actual.Concat(target).OfType<double>().ToList();
        var (min, max) = values.Count == 0 ? (0d, 1d) : (values.Min(), values.Max());
        if (max - min < 1e-9)
        {
            (min, max) = (min - 1, max + 1);
        }
        var pad = (max - min) * 0.1;
        // Percentages and counts never go below zero, so neither does their axis.
        (min, max) = (min >= 0 ? Math.Max(0, min - pad) : min - pad, max + pad);
        var step = plotWidth / (double)Math.Max(1, categories.Count - 1);
        double X(int i) => categories.Count == 1 ? left + plotWidth / 2.0 : left + i * step;
        double Y(double v) => top + plotHeight - (v - min) / (max - min) * plotHeight;

        var shapes = new List<Shape>();
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = min + (max - min) * tick / 4;
            var y = Y(value);
            shapes.Add(new Line([new(left, y), new(width - right, y)], ChartColours.Grid, 1));
            shapes.Add(new Label(left - 6, y + 4, value.ToString("0.#", CultureInfo.InvariantCulture) + unit, 11, ChartColours.Muted, TextAnchor.End));
        }
        for (var i = 0; i < categories.Count; i++)
        {
            shapes.Add(new Label(X(i), height - bottom + 18, categories[i], 11, ChartColours.Ink, TextAnchor.Middle));
        }
        Series(shapes, "Target", target, TargetColour, dashed: true, X, Y, categories, unit);
        Series(shapes, "Actual", actual, ActualColour, dashed: false, X, Y, categories, unit);
        shapes.Add(new Dot(left + 6, 12, 4, ActualColour));
        shapes.Add(new Label(left + 14, 16, "Actual", 12, ChartColours.Ink));
        shapes.Add(new Box(left + 80, 8, 8, 8, "#ffffff", Stroke: TargetColour));
        shapes.Add(new Label(left + 94, 16, "Target", 12, ChartColours.Ink));
        return new ChartDrawing(width, height, title, shapes);
    }

    private static void Series(List<Shape> shapes, string name, IReadOnlyList<double?> values, string colour, bool dashed,
        Func<int, double> x, Func<double, double> y, IReadOnlyList<string> categories, string unit)
    {
        var segment = new List<ChartPoint>();
        void Flush()
        {
            if (segment.Count > 1)
            {
                shapes.Add(new Line(segment.ToList(), colour, 2, dashed));
            }
            segment.Clear();
        }
        for (var i = 0; i < values.Count && i < categories.Count; i++)
        {
            if (values[i] is not { } v)
            {
                Flush();
                continue;
            }
            segment.Add(new ChartPoint(x(i), y(v)));
        }
        Flush();
        for (var i = 0; i < values.Count && i < categories.Count; i++)
        {
            if (values[i] is not { } v)
            {
                continue;
            }
            var tip = $"{name}, {categories[i]}: {v.ToString("0.#", CultureInfo.InvariantCulture)}{unit}";
            shapes.Add(dashed
                ? new Box(x(i) - 4, y(v) - 4, 8, 8, "#ffffff", Stroke: colour, Tip: tip)
                : new Dot(x(i), y(v), 4, colour, tip));
        }
    }
}
