using System.Globalization;
using System.Net;
using System.Text;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// Draws the heat map as SVG on the server: colour per level from <see cref="HeatScale"/>, the
/// level as text in every cell, and a title per cell. Colours are presentation attributes, not
/// inline styles, so the page's content security policy holds.
/// </summary>
public static class HeatMapSvg
{
    private const int NameWidth = 230, CellWidth = 52, CellHeight = 30, HeaderHeight = 34;

    public static string Render(HeatMap map)
    {
        var width = NameWidth + map.Indicators.Count * CellWidth;
        var height = HeaderHeight + map.Schools.Count * CellHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"heatmap-title heatmap-desc\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"heatmap-title\">Heat map of {Ui.Plural.Of(map.Schools.Count, "school")} on {E(map.Framework)}</title>");
        svg.Append("<desc id=\"heatmap-desc\">The table after the chart gives the same levels for every school and indicator.</desc>");
        for (var c = 0; c < map.Indicators.Count; c++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{NameWidth + c * CellWidth + CellWidth / 2}\" y=\"{HeaderHeight - 10}\" text-anchor=\"middle\" font-weight=\"600\">{E(map.Indicators[c].Code)}</text>");
        }
        for (var r = 0; r < map.Schools.Count; r++)
        {
            var row = map.Schools[r];
            var y = HeaderHeight + r * CellHeight;
            var name = row.School.Length > 32 ? row.School[..31] + "…" : row.School;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{NameWidth - 8}\" y=\"{y + CellHeight / 2 + 4}\" text-anchor=\"end\">{E(name)}</text>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var (level, label) = row.Cells[c];
                var (fill, ink) = HeatScale.For(level, map.LevelCount);
                var x = NameWidth + c * CellWidth;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<g><title>{E(row.School)}, {E(map.Indicators[c].Code)}: {E(label ?? "no consensus")}</title>" +
                    $"<rect x=\"{x}\" y=\"{y}\" width=\"{CellWidth}\" height=\"{CellHeight}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"2\"/>" +
                    $"<text x=\"{x + CellWidth / 2}\" y=\"{y + CellHeight / 2 + 4}\" text-anchor=\"middle\" fill=\"{ink}\">{(level is { } l ? l.ToString(CultureInfo.InvariantCulture) : "–")}</text></g>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    public static string Swatch(string fill) =>
        $"<svg width=\"18\" height=\"18\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"18\" height=\"18\" fill=\"{fill}\" stroke=\"#4a5561\"/></svg>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
