using Beacon.Web.Features.Surveys;
using CsCheck;

namespace Beacon.Tests.Features.Surveys;

public class FavourableChangeTests
{
    [Theory]
    [InlineData(6, "+6 pts")]
    [InlineData(1, "+1 pt")]
    [InlineData(-1, "-1 pt")]
    [InlineData(-12, "-12 pts")]
    [InlineData(0, "0 pts")]
    public void Text_Points_SignedAndSingularForOne(int points, string expected) =>
        Assert.Equal(expected, FavourableChange.Text(points));

    [Fact]
    public void Points_EitherFigureMissingOrEmpty_NoChange()
    {
        Assert.Null(FavourableChange.Points([0, 0, 0, 5, 0], null));
        Assert.Null(FavourableChange.Points(null, [0, 0, 0, 5, 0]));
        Assert.Null(FavourableChange.Points([0, 0, 0, 5, 0], [0, 0, 0, 0, 0]));
        Assert.Null(FavourableChange.Text(null));
    }

    [Fact]
    public void Points_FromTwoFifthsToFourFifths_FortyPoints() =>
        Assert.Equal(40, FavourableChange.Points([0, 0, 1, 3, 1], [0, 0, 3, 2, 0]));

    [Fact]
    public void Percent_AnyAnswers_EqualsTheBarsAgreeAndStronglyAgreeLabels() =>
        Gen.Int[0, 50].Array[5].Where(a => a.Sum() > 0).Sample(chosen =>
        {
            var bar = Beacon.Web.Ui.Charts.StackedBar.Percentages(chosen);
            Assert.Equal(bar[3] + bar[4], FavourableChange.Percent(chosen));
            Assert.Equal(0, FavourableChange.Points(chosen, chosen));
        });
}
