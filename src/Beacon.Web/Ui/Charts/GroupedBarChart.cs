using System.Globalization;
using System.Net;
using System.Text;

namespace Beacon.Web.Ui.Charts;

/// <summary>One series of a grouped bar chart: a name and one value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// Draws a grouped bar chart as server-rendered SVG: no script, readable in print, labelled for
/// screen readers by its title. Every chart goes with a table of the same figures on the page, so
/// the picture is never the only way to read them. Colours are told apart by pattern of position
/// and by the legend text, not by colour alone.
/// </summary>
public static class GroupedBarChart
{
    private static readonly string[] Palette = ["#0b5394", "#b45f06", "#38761d", "#741b47", "#434343"];

    public static string Render(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string unit = "%")
    {
        const int width = 640, height = 280, left = 48, bottom = 40, top = 16, legendHeight = 24;
        var plotHeight = height - bottom - top - legendHeight;
        var plotWidth = width - left - 8;
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var niceMax = NiceCeiling(max);
        var groupWidth = plotWidth / (double)Math.Max(1, categories.Count);
        var barWidth = groupWidth * 0.8 / Math.Max(1, series.Count);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Escape(title)}\" class=\"chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = niceMax * tick / 4;
            var y = top + legendHeight + plotHeight - plotHeight * tick / 4.0;
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{width - 8}\" y2=\"{y:0.#}\" stroke=\"#c9d1d9\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#4a5561\">{value:0.#}{Escape(unit)}</text>");
        }
        for (var c = 0; c < categories.Count; c++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var value = c < series[s].Values.Count ? series[s].Values[c] : 0;
                var barHeight = plotHeight * value / niceMax;
                var x = left + c * groupWidth + groupWidth * 0.1 + s * barWidth;
                var y = top + legendHeight + plotHeight - barHeight;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{barWidth - 2:0.#}\" height=\"{barHeight:0.#}\" fill=\"{Palette[s % Palette.Length]}\"><title>{Escape(series[s].Name)}, {Escape(categories[c])}: {value:0.#}{Escape(unit)}</title></rect>");
            }
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{left + c * groupWidth + groupWidth / 2:0.#}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1f24\">{Escape(categories[c])}</text>");
        }
        var legendSpacing = Math.Min(150, (width - left) / Math.Max(1, series.Count));
        for (var s = 0; s < series.Count; s++)
        {
            var x = left + s * legendSpacing;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x}\" y=\"{top - 10}\" width=\"12\" height=\"12\" fill=\"{Palette[s % Palette.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x + 16}\" y=\"{top}\" font-size=\"12\" fill=\"#1b1f24\">{Escape(series[s].Name)}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double NiceCeiling(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
