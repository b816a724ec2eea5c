using Beacon.Web.Imports.Kinds;
using CsCheck;

namespace Beacon.Tests.Imports.Kinds;

public class CellsTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("=1+1")]
    [InlineData("+SUM(A1:A2)")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1)")]
    [InlineData("-x")]
    public void LooksLikeFormula_FormulaStarts_True(string value) => Assert.True(Cells.LooksLikeFormula(value));

    [Theory]
    [InlineData("-5")]
    [InlineData("+3.25")]
    [InlineData("-.5")]
    [InlineData("-")]
    [InlineData("Alder Elementary")]
    [InlineData("a=b")]
    [InlineData("")]
    public void LooksLikeFormula_TextAndSignedNumbers_False(string value) => Assert.False(Cells.LooksLikeFormula(value));

    [Fact]
    public void LooksLikeFormula_AnySignedNumber_IsNeverAFormula() =>
        Gen.Select(Gen.Double.Where(double.IsFinite), Gen.Char["+-"])
            .Sample(t => !Cells.LooksLikeFormula(t.Item2 + Math.Abs(t.Item1).ToString("0.########", System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("jo@district.example", true)]
    [InlineData("jo.lee+pd@mail.district.k12.us", true)]
    [InlineData("jo@", false)]
    [InlineData("jo@district", false)]
    [InlineData("jo lee@district.example", false)]
    [InlineData("@district.example", false)]
    public void IsEmail_Cases(string value, bool expected) => Assert.Equal(expected, Cells.IsEmail(value));
}
