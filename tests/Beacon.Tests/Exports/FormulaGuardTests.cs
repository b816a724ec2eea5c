using Beacon.Web.Exports;

namespace Beacon.Tests.Exports;

public class FormulaGuardTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    public void Neutralise_TextStartingWithFormulaCharacter_GetsLeadingApostrophe(string text, string expected) =>
        Assert.Equal(expected, FormulaGuard.Neutralise(text));

    [Theory]
    [InlineData("Alder Elementary")]
    [InlineData("a=b")]
    [InlineData("")]
    [InlineData(" =padded")]
    public void Neutralise_OrdinaryText_Unchanged(string text) =>
        Assert.Equal(text, FormulaGuard.Neutralise(text));

    [Fact]
    public void From_Numbers_StayNumbers()
    {
        Assert.Equal(-5, ExportCell.From(-5));
        Assert.Equal(-12.5, ExportCell.From(-12.5));
        Assert.Equal(3.5m, ExportCell.From(3.5m));
    }

    [Fact]
    public void From_OtherTypes_BecomeGuardedInvariantText()
    {
        Assert.Equal("2026-03-04 05:06:07", ExportCell.From(new DateTimeOffset(2026, 3, 4, 7, 6, 7, TimeSpan.FromHours(2))));
        Assert.Equal("2026-03-04", ExportCell.From(new DateOnly(2026, 3, 4)));
        Assert.Equal("Friday", ExportCell.From(DayOfWeek.Friday));
        Assert.Null(ExportCell.From(null));
        Assert.Null(ExportCell.From(double.NaN));
    }
}
