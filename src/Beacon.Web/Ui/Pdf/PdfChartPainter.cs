using System.Globalization;
using Beacon.Web.Ui.Charts;
using PdfSharp.Drawing;

namespace Beacon.Web.Ui.Pdf;

/// <summary>
/// Draws a <see cref="ChartDrawing"/> with PDFsharp as vector paths and real text: the same marks the
/// page's SVG shows, scaled, with labels that can be searched, copied and read aloud.
/// </summary>
internal static class PdfChartPainter
{
    public static void Paint(XGraphics gfx, ChartDrawing drawing, double left, double top, double scale)
    {
        foreach (var shape in drawing.Shapes)
        {
            Paint(gfx, shape, left, top, scale);
        }
    }

    private static void Paint(XGraphics gfx, Shape shape, double left, double top, double scale)
    {
        XPoint At(double x, double y) => new(left + x * scale, top + y * scale);
        switch (shape)
        {
            case ShapeGroup group:
                foreach (var inner in group.Shapes)
                {
                    Paint(gfx, inner, left, top, scale);
                }
                break;
            case Box box:
                var rect = new XRect(At(box.X, box.Y), new XSize(box.Width * scale, box.Height * scale));
                gfx.DrawRectangle(new XSolidBrush(Colour(box.Fill)), rect);
                if (box.Hatched)
                {
                    Hatch(gfx, rect, 6 * scale);
                }
                if (box.Stroke is { } stroke)
                {
                    gfx.DrawRectangle(new XPen(Colour(stroke), 2 * scale), rect);
                }
                break;
            case Line line when line.Points.Count > 1:
                var pen = new XPen(Colour(line.Stroke), line.StrokeWidth * scale) { DashStyle = line.Dashed ? XDashStyle.Dash : XDashStyle.Solid };
                gfx.DrawLines(pen, line.Points.Select(p => At(p.X, p.Y)).ToArray());
                break;
            case Dot dot:
                var centre = At(dot.X, dot.Y);
                var r = dot.Radius * scale;
                gfx.DrawEllipse(new XSolidBrush(Colour(dot.Fill)), centre.X - r, centre.Y - r, 2 * r, 2 * r);
                break;
            case Label label:
                var font = new XFont(EmbeddedFontResolver.Family, label.Size * scale, label.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                var format = label.Anchor switch
                {
                    TextAnchor.Middle => XStringFormats.BaseLineCenter,
                    TextAnchor.End => XStringFormats.BaseLineRight,
                    _ => XStringFormats.BaseLineLeft,
                };
                gfx.DrawString(label.Text, font, new XSolidBrush(Colour(label.Fill)), At(label.X, label.Y), format);
                break;
        }
    }

    private static void Hatch(XGraphics gfx, XRect rect, double spacing)
    {
        var state = gfx.Save();
        gfx.IntersectClip(rect);
        var pen = new XPen(XColor.FromArgb(150, 255, 255, 255), spacing / 3);
        for (var x = rect.Left - rect.Height; x < rect.Right; x += spacing)
        {
            gfx.DrawLine(pen, x, rect.Bottom, x + rect.Height, rect.Top);
        }
        gfx.Restore(state);
    }

    private static XColor Colour(string hex) =>
        XColor.FromArgb(
            int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
