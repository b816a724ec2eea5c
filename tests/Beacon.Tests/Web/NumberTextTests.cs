using Beacon.Web.Ui;

namespace Beacon.Tests.Web;

public class NumberTextTests
{
    [Theory]
    [InlineData("455", 455)]
    [InlineData(" 1,200 ", 1200)]
    [InlineData("0", 0)]
    [InlineData("lots", null)]
    [InlineData("12.5", null)]
    [InlineData("-1", null)]
    [InlineData("100001", null)]
    public void Whole_Text_ParsedWithinBoundsOrNull(string text, int? expected) =>
        Assert.Equal(expected, NumberText.Whole(text, 0, 100_000));

    [Theory]
    [InlineData("42.5", 42.5)]
    [InlineData("42.5 %", 42.5)]
    [InlineData("100", 100d)]
    [InlineData("140", null)]
    [InlineData("-3", null)]
    [InlineData("42,5", null)]
    public void Percent_Text_InvariantCultureWithinZeroToHundred(string text, double? expected) =>
        Assert.Equal(expected, NumberText.Percent(text));

    [Fact]
    public void Attributes_EmptyText_Valid()
    {
        Assert.True(new WholeNumberTextAttribute(0, 10).IsValid(""));
        Assert.True(new PercentTextAttribute().IsValid(null));
        Assert.False(new PercentTextAttribute().IsValid("abc"));
    }
}
