using Beacon.Web.Features.SelfAssessment;

namespace Beacon.Tests.Features.SelfAssessment;

public class HeatScaleTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    public void For_EveryLevelOfARubric_HasItsOwnColourGettingDarker(int levels)
    {
        var fills = Enumerable.Range(1, levels).Select(l => HeatScale.For(l, levels).Fill).ToList();

        Assert.Equal(levels, fills.Distinct().Count());
        Assert.True(fills.Zip(fills.Skip(1)).All(p => Luminance(p.First) > Luminance(p.Second)), string.Join(",", fills));
    }

    [Fact]
    public void For_AnyLevel_TextContrastsAtLeastFourAndAHalfToOne()
    {
        foreach (var levels in Enumerable.Range(2, 6))
        {
            foreach (var level in Enumerable.Range(1, levels))
            {
                var (fill, text) = HeatScale.For(level, levels);
                var (light, dark) = Luminance(fill) > Luminance(text) ? (fill, text) : (text, fill);
                Assert.True((Luminance(light) + 0.05) / (Luminance(dark) + 0.05) >= 4.5, $"{fill} with {text}");
            }
        }
    }

    [Fact]
    public void For_NoRating_White()
    {
        Assert.Equal(HeatScale.NoRating, HeatScale.For(null, 4).Fill);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = Convert.ToInt32(hex.Substring(offset, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
