using Beacon.Web.Features.Admin.DistrictSettings;
using Beacon.Web.Ui;
using CsCheck;

namespace Beacon.Tests.Features.Admin;

public class BrandRulesTests
{
    [Theory]
    [InlineData("#0b5394", "#0b5394")]
    [InlineData("0B5394", "#0b5394")]
    [InlineData(" #1a6333 ", "#1a6333")]
    [InlineData("", null)]
    public void Colour_DarkEnoughOrEmpty_Accepted(string text, string? expected)
    {
        var (colour, refusal) = BrandRules.Colour(text);

        Assert.Null(refusal);
        Assert.Equal(expected, colour);
    }

    [Theory]
    [InlineData("#ffff00", "contrast")]
    [InlineData("#777777", "contrast")]
    [InlineData("blue", "six hexadecimal digits")]
    [InlineData("#12345", "six hexadecimal digits")]
    public void Colour_TooLightOrNotHex_RefusedWithTheReason(string text, string reason)
    {
        var (colour, refusal) = BrandRules.Colour(text);

        Assert.Null(colour);
        Assert.Contains(reason, refusal);
    }

    [Fact]
    public void Colour_AnyRgb_AcceptedExactlyWhenWhiteTextReachesAa() =>
        Gen.Int[0, 0xffffff].Sample(rgb =>
        {
            var (colour, _) = BrandRules.Colour(rgb.ToString("x6", System.Globalization.CultureInfo.InvariantCulture));
            return (colour is not null) == (BrandRules.ContrastWithWhite(rgb) >= BrandLimits.MinContrastWithWhite);
        });

    [Fact]
    public void ContrastWithWhite_KnownColours_MatchWcag()
    {
        Assert.Equal(21.0, BrandRules.ContrastWithWhite(0x000000), 1);
        Assert.Equal(1.0, BrandRules.ContrastWithWhite(0xffffff), 2);
        Assert.InRange(BrandRules.ContrastWithWhite(0x767676), 4.5, 4.6);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0 }, "image/png")]
    [InlineData(new byte[] { 0xff, 0xd8, 0xff, 0xe0, 0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0, 0, 0, 0, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, "image/webp")]
    public void Logo_KnownImage_TypeFromItsBytes(byte[] content, string type) =>
        Assert.Equal((type, (string?)null), BrandRules.Logo(content, content.Length));

    [Fact]
    public void Logo_SvgOrTooLarge_Refused()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();
        Assert.Contains("PNG, JPEG or WebP", BrandRules.Logo(svg, svg.Length).Refusal);
        Assert.Contains("largest accepted is 100 KB", BrandRules.Logo([0x89], BrandLimits.MaxLogoBytes + 1).Refusal);
    }
}
