using System.Globalization;
using System.Net;
using System.Text;

namespace Beacon.Web.Ui.Charts;

/// <summary>
/// A measure over time against its targets, as server-rendered SVG: the actual as a solid line with
/// filled dots, the target as a dashed line with hollow squares, so the two differ by shape and
/// not only by colour. Missing values leave gaps. Pages put a table of the same figures beside it.
/// </summary>
public static class TrendChart
{
    private const string ActualColour = "#0b5394";
    private const string TargetColour = "#b45f06";

    public static string Render(string title, IReadOnlyList<string> categories, IReadOnlyList<double?> actual, IReadOnlyList<double?> target, string unit = "")
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

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Escape(title)}\" class=\"chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = min + (max - min) * tick / 4;
            var y = Y(value);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{width - right}\" y2=\"{y:0.#}\" stroke=\"#c9d1d9\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#4a5561\">{value:0.#}{Escape(unit)}</text>");
        }
        for (var i = 0; i < categories.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{X(i):0.#}\" y=\"{height - bottom + 18}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1f24\">{Escape(categories[i])}</text>");
        }
        Series(svg, "Target", target, TargetColour, dashed: true, X, Y, categories, unit);
        Series(svg, "Actual", actual, ActualColour, dashed: false, X, Y, categories, unit);
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{left + 6}\" cy=\"12\" r=\"4\" fill=\"{ActualColour}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 14}\" y=\"16\" font-size=\"12\" fill=\"#1b1f24\">Actual</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + 80}\" y=\"8\" width=\"8\" height=\"8\" fill=\"#fff\" stroke=\"{TargetColour}\" stroke-width=\"2\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 94}\" y=\"16\" font-size=\"12\" fill=\"#1b1f24\">Target</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Series(StringBuilder svg, string name, IReadOnlyList<double?> values, string colour, bool dashed,
        Func<int, double> x, Func<double, double> y, IReadOnlyList<string> categories, string unit)
    {
        var segment = new List<string>();
        void Flush()
        {
            if (segment.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<polyline points=\"{string.Join(' ', segment)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{(dashed ? " stroke-dasharray=\"6 4\"" : "")}/>");
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
            segment.Add(string.Create(CultureInfo.InvariantCulture, $"{x(i):0.#},{y(v):0.#}"));
        }
        Flush();
        for (var i = 0; i < values.Count && i < categories.Count; i++)
        {
            if (values[i] is not { } v)
            {
                continue;
            }
            var label = $"<title>{Escape(name)}, {Escape(categories[i])}: {v.ToString("0.#", CultureInfo.InvariantCulture)}{Escape(unit)}</title>";
            svg.Append(dashed
                ? string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{x(i) - 4:0.#}\" y=\"{y(v) - 4:0.#}\" width=\"8\" height=\"8\" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"2\">{label}</rect>")
                : string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x(i):0.#}\" cy=\"{y(v):0.#}\" r=\"4\" fill=\"{colour}\">{label}</circle>"));
        }
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
