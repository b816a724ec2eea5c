using System.Globalization;
using System.Net;
using System.Text;

namespace Beacon.Web.Ui.Charts;

/// <summary>
/// Writes a <see cref="ChartDrawing"/> as inline SVG: no script, scaled by its viewBox to the column
/// (a phone never scrolls sideways for it), <c>role="img"</c> with the drawing's title as its name,
/// and each mark's tip as a <c>&lt;title&gt;</c>. Data of groups become <c>data-</c> attributes.
/// </summary>
public static class SvgChart
{
    public static string Render(ChartDrawing drawing)
    {
        var svg = new StringBuilder();
        var hatch = HatchId(drawing.Title);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(drawing.Width)} {N(drawing.Height)}\" role=\"img\" aria-label=\"{E(drawing.Title)}\" class=\"{E(drawing.CssClass)}\"{DataAttributes(drawing.Data)}>");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{E(drawing.Title)}</title>");
        if (Hatched(drawing.Shapes))
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<defs><pattern id=\"{hatch}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\" stroke-opacity=\"0.6\"/></pattern></defs>");
        }
        foreach (var shape in drawing.Shapes)
        {
            Write(svg, shape, hatch);
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Write(StringBuilder svg, Shape shape, string hatch)
    {
        switch (shape)
        {
            case ShapeGroup group:
                svg.Append(CultureInfo.InvariantCulture, $"<g{DataAttributes(group.Data)}>");
                foreach (var inner in group.Shapes)
                {
                    Write(svg, inner, hatch);
                }
                svg.Append("</g>");
                break;
            case Box box:
                var stroke = box.Stroke is null ? "" : $" stroke=\"{box.Stroke}\" stroke-width=\"2\"";
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" fill=\"{box.Fill}\"{stroke}{DataAttributes(box.Data)}>{Tip(box.Tip)}</rect>");
                if (box.Hatched)
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" fill=\"url(#{hatch})\" aria-hidden=\"true\"/>");
                }
                break;
            case Line line when line.Points.Count > 1:
                svg.Append(CultureInfo.InvariantCulture,
                    $"<polyline points=\"{string.Join(' ', line.Points.Select(p => $"{N(p.X)},{N(p.Y)}"))}\" fill=\"none\" stroke=\"{line.Stroke}\" stroke-width=\"{N(line.StrokeWidth)}\"{(line.Dashed ? " stroke-dasharray=\"6 4\"" : "")}/>");
                break;
            case Dot dot:
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle cx=\"{N(dot.X)}\" cy=\"{N(dot.Y)}\" r=\"{N(dot.Radius)}\" fill=\"{dot.Fill}\">{Tip(dot.Tip)}</circle>");
                break;
            case Label label:
                var anchor = label.Anchor switch { TextAnchor.Middle => " text-anchor=\"middle\"", TextAnchor.End => " text-anchor=\"end\"", _ => "" };
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{N(label.X)}\" y=\"{N(label.Y)}\"{anchor} font-size=\"{N(label.Size)}\" fill=\"{label.Fill}\"{(label.Bold ? " font-weight=\"bold\"" : "")}>{E(label.Text)}</text>");
                break;
        }
    }

    private static bool Hatched(IEnumerable<Shape> shapes) =>
        shapes.Any(s => s is Box { Hatched: true } || (s is ShapeGroup g && Hatched(g.Shapes)));

    // One pattern per chart, named after its title, so two charts on a page do not share an id.
    private static string HatchId(string title)
    {
        var hash = 2166136261u;
        foreach (var c in title)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return string.Create(CultureInfo.InvariantCulture, $"hatch-{hash:x8}");
    }

    private static string DataAttributes(IReadOnlyDictionary<string, string> data) =>
        string.Concat(data.Select(d => $" data-{d.Key}=\"{E(d.Value)}\""));

    private static string Tip(string? tip) => tip is null ? "" : $"<title>{E(tip)}</title>";

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
