using System.Globalization;

namespace Beacon.Web.Ui.Charts;

/// <summary>
/// A word-sized trend line for a table cell: evenly spaced years, values scaled to the box, gaps where a
/// year has no value, and a dot on the latest value. Its accessible name says the figures, and
/// <c>data-values</c> holds them, so the line says nothing the cells beside it do not.
/// </summary>
public static class Sparkline
{
    public const double Width = 80;
    public const double Height = 20;
    private const double Pad = 3;

    /// <summary>Where each value sits, null for a year without one: x evenly spaced over the width, y scaled between the lowest and highest value (middle when all are equal).</summary>
    public static IReadOnlyList<ChartPoint?> Points(IReadOnlyList<double?> values, double width, double height)
    {
        var known = values.OfType<double>().ToList();
        if (known.Count == 0)
        {
            return values.Select(_ => (ChartPoint?)null).ToList();
        }
        var (min, max) = (known.Min(), known.Max());
        return values.Select((v, i) => v is { } value
            ? (ChartPoint?)new ChartPoint(
                values.Count == 1 ? width / 2 : width * i / (values.Count - 1),
                max - min < 1e-9 ? height / 2 : height - (value - min) / (max - min) * height)
            : null).ToList();
    }

    /// <param name="format">How the page writes a value, so <c>data-values</c> reads like the cells; "0.#" when null.</param>
    public static ChartDrawing Build(string title, IReadOnlyList<double?> values, string colour, Func<double, string>? format = null)
    {
        format ??= v => v.ToString("0.#", CultureInfo.InvariantCulture);
        var points = Points(values, Width - 2 * Pad, Height - 2 * Pad)
            .Select(p => p is { } q ? new ChartPoint(q.X + Pad, q.Y + Pad) : (ChartPoint?)null).ToList();
        var shapes = new List<Shape>();
        var run = new List<ChartPoint>();
        foreach (var point in points.Append(null))
        {
            if (point is { } p)
            {
                run.Add(p);
                continue;
            }
            if (run.Count > 1)
            {
                shapes.Add(new Line(run.ToList(), colour, 1.5));
            }
            run.Clear();
        }
        if (points.LastOrDefault(p => p is not null) is { } last)
        {
            shapes.Add(new Dot(last.X, last.Y, 2.5, colour));
        }
        return new ChartDrawing(Width, Height, title, shapes)
        {
            CssClass = "sparkline",
            Data = new Dictionary<string, string>
            {
                ["values"] = string.Join(',', values.Select(v => v is { } value ? format(value) : "")),
            },
        };
    }
}
