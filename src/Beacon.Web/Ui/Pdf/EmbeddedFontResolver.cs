using System.Reflection;
using PdfSharp.Fonts;

namespace Beacon.Web.Ui.Pdf;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces embedded in this assembly for every family it asks for.
/// Servers (and CI) have no Windows fonts and may have no fonts at all, so reports never depend on
/// what is installed; DejaVu also covers the accented and non-Latin letters in people's names.
/// Italic is simulated by slanting: no italic face is shipped.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();

    /// <summary>
    /// Readies PDFsharp once per process: its licence choice and this resolver (which PDFsharp lets
    /// be set only before first use).
    /// </summary>
    public static void Install()
    {
        lock (Gate)
        {
            // PDFsharp 6.5 is dual-licensed (AGPL-3.0 or commercial) and refuses to work until one is
            // chosen. Beacon is open source and uses the AGPL licence: see README.md beside this file.
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Beacon.Web.Pdf.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
