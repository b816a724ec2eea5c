using System.Globalization;
using Beacon.Web.Ui;

namespace Beacon.Web.Features.Admin.DistrictSettings;

/// <summary>
/// What a district may brand its pages with: a header colour dark enough for white text (WCAG AA), and a
/// small PNG, JPEG or WebP logo recognised by its first bytes, never by the name or type the browser sent.
/// SVG is refused: it can carry script.
/// </summary>
public static class BrandRules
{
    /// <summary>The colour as "#rrggbb" in lower case, or the refusal to show next to the field.</summary>
    public static (string? Colour, string? Refusal) Colour(string? text)
    {
        var value = text?.Trim().ToLowerInvariant() ?? "";
        if (value.Length == 0)
        {
            return (null, null);
        }
        if (!value.StartsWith('#'))
        {
            value = "#" + value;
        }
        if (value.Length != 7 || !int.TryParse(value.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return (null, "Enter the colour as six hexadecimal digits, such as #0b5394.");
        }
        var contrast = ContrastWithWhite(rgb);
        return contrast < BrandLimits.MinContrastWithWhite
            ? (null, string.Create(CultureInfo.InvariantCulture, $"White text on {value} has a contrast of {contrast:0.0}:1; choose a darker colour (at least {BrandLimits.MinContrastWithWhite:0.0}:1) so the menu stays readable."))
            : (value, null);
    }

    /// <summary>WCAG 2.1 contrast ratio of white against the colour 0xRRGGBB.</summary>
    public static double ContrastWithWhite(int rgb)
    {
        var luminance = 0.2126 * Linear((rgb >> 16) & 0xff) + 0.7152 * Linear((rgb >> 8) & 0xff) + 0.0722 * Linear(rgb & 0xff);
        return 1.05 / (luminance + 0.05);
    }

    /// <summary>The logo's content type from its first bytes, or the refusal.</summary>
    public static (string? ContentType, string? Refusal) Logo(ReadOnlySpan<byte> content, long length)
    {
        if (length == 0)
        {
            return (null, "Choose an image file for the logo.");
        }
        if (length > BrandLimits.MaxLogoBytes)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"The logo is {length / 1024.0:0} KB; the largest accepted is {BrandLimits.MaxLogoBytes / 1024} KB. It is shown at 32 pixels, so a small image is enough."));
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a]))
        {
            return ("image/png", null);
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xff, 0xd8, 0xff]))
        {
            return ("image/jpeg", null);
        }
        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return ("image/webp", null);
        }
        return (null, "The logo must be a PNG, JPEG or WebP image.");
    }

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
