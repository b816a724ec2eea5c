using System.Globalization;
using Beacon.Web.Ui.Charts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Beacon.Web.Ui.Pdf;

/// <summary>
/// A small flowing-layout writer over PDFsharp for A4 reports: headings, wrapped paragraphs and
/// tables that continue on a new page (repeating their header row). Text stays text, so the PDF
/// can be searched, copied and read aloud.
/// </summary>
public sealed class PdfReport
{
    private const double Margin = 50;
    private static readonly XColor Ink = XColor.FromArgb(0x1b, 0x1f, 0x24);
    private static readonly XColor Muted = XColor.FromArgb(0x4a, 0x55, 0x61);
    private static readonly XColor Line = XColor.FromArgb(0xc9, 0xd1, 0xd9);
    private static readonly XColor Wash = XColor.FromArgb(0xf4, 0xf6, 0xf8);

    private readonly PdfDocument _document = new();
    private readonly string _footer;
    private XGraphics _gfx = null!;
    private PdfPage _page = null!;
    private double _y;

    public PdfReport(string title, string footer)
    {
        EmbeddedFontResolver.Install();
        _document.Info.Title = title;
        _document.Info.Creator = "Beacon";
        _document.Language = "en";
        _footer = footer;
        NewPage();
    }

    private static XFont Font(double size, bool bold = false) =>
        new(EmbeddedFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private double Width => _page.Width.Point - 2 * Margin;
    private double Bottom => _page.Height.Point - Margin - 20;

    public void Heading(string text, int level)
    {
        var size = level switch { 1 => 18, 2 => 14, _ => 12 };
        Space(level == 1 ? 0 : 10);
        Lines(text, Font(size, bold: true), Ink, keepWithNext: 40);
        Space(4);
    }

    public void Paragraph(string text, bool muted = false)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            Lines(paragraph, Font(10), muted ? Muted : Ink);
        }
        Space(6);
    }

    /// <summary>A label in bold followed by its value on the same line(s).</summary>
    public void Fact(string label, string value) => Paragraph($"{label}: {value}");

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> relativeWidths, IEnumerable<IReadOnlyList<string>> rows)
    {
        var total = relativeWidths.Sum();
        var widths = relativeWidths.Select(w => Width * w / total).ToList();
        var headerFont = Font(9, bold: true);
        var cellFont = Font(9);
        DrawRow(headers, widths, headerFont, shaded: true, keepWithNext: true);
        foreach (var row in rows)
        {
            var height = RowHeight(row, widths, cellFont);
            if (_y + height > Bottom)
            {
                NewPage();
                DrawRow(headers, widths, headerFont, shaded: true, keepWithNext: true);
            }
            DrawRow(row, widths, cellFont, shaded: false, keepWithNext: false);
        }
        Space(8);
    }

    /// <summary>
    /// The district's logo at the top right, <paramref name="height"/> points high, beside the first heading. A PNG or
    /// JPEG only (what PDFsharp's core build reads); anything else, or an image it cannot read, is left out, never an error.
    /// </summary>
    public void Logo(byte[]? image, string? contentType, double height = 40)
    {
        if (image is not { Length: > 0 } || contentType is not ("image/png" or "image/jpeg"))
        {
            return;
        }
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            using var logo = XImage.FromStream(stream);
            var width = height * logo.PixelWidth / Math.Max(1, logo.PixelHeight);
            _gfx.DrawImage(logo, Margin + Width - width, _y, width, height);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or IOException)
        {
            // The settings page checked the first bytes only; a damaged image costs the report its logo, not the report.
        }
    }

    /// <summary>A chart drawn as vector paths and text, scaled down to the text width when wider, with its title as caption.</summary>
    public void Chart(ChartDrawing drawing)
    {
        var scale = Math.Min(1, Width / drawing.Width);
        var height = drawing.Height * scale;
        if (_y + height + 20 > Bottom)
        {
            NewPage();
        }
        PdfChartPainter.Paint(_gfx, drawing, Margin, _y, scale);
        _y += height + 4;
        Lines(drawing.Title, Font(9), Muted);
        Space(8);
    }

    public byte[] ToBytes()
    {
        Footer();
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void DrawRow(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, bool shaded, bool keepWithNext)
    {
        var height = RowHeight(cells, widths, font);
        if (_y + height + (keepWithNext ? 20 : 0) > Bottom)
        {
            NewPage();
        }
        var x = Margin;
        if (shaded)
        {
            _gfx.DrawRectangle(new XSolidBrush(Wash), Margin, _y, Width, height);
        }
        for (var i = 0; i < cells.Count; i++)
        {
            var lineY = _y + 4;
            foreach (var line in Wrap(cells[i], font, widths[i] - 8))
            {
                _gfx.DrawString(line, font, new XSolidBrush(Ink), new XRect(x + 4, lineY, widths[i] - 8, font.Height), XStringFormats.TopLeft);
                lineY += font.Height;
            }
            x += widths[i];
        }
        _y += height;
        _gfx.DrawLine(new XPen(Line, 0.5), Margin, _y, Margin + Width, _y);
    }

    private double RowHeight(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font) =>
        8 + font.Height * cells.Select((c, i) => Wrap(c, font, widths[i] - 8).Count).DefaultIfEmpty(1).Max();

    private void Lines(string text, XFont font, XColor color, double keepWithNext = 0)
    {
        var lines = Wrap(text, font, Width);
        if (_y + font.Height + keepWithNext > Bottom)
        {
            NewPage();
        }
        foreach (var line in lines)
        {
            if (_y + font.Height > Bottom)
            {
                NewPage();
            }
            _gfx.DrawString(line, font, new XSolidBrush(color), new XRect(Margin, _y, Width, font.Height), XStringFormats.TopLeft);
            _y += font.Height * 1.15;
        }
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        lines.Add(current);
        return lines;
    }

    private void Space(double points) => _y += points;

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private void Footer()
    {
        _gfx.Dispose();
        var font = Font(8);
        for (var i = 0; i < _document.PageCount; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = string.Create(CultureInfo.InvariantCulture, $"{_footer} · page {i + 1} of {_document.PageCount}");
            gfx.DrawString(text, font, new XSolidBrush(Muted),
                new XRect(Margin, page.Height.Point - Margin, page.Width.Point - 2 * Margin, 12), XStringFormats.TopLeft);
        }
    }
}
