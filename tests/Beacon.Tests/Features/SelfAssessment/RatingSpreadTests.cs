using Beacon.Web.Features.SelfAssessment;
using CsCheck;

namespace Beacon.Tests.Features.SelfAssessment;

public class RatingSpreadTests
{
    [Fact]
    public void Of_ThreeMembersTwoLevelsApart_CountsPerLevelAndIsDivided()
    {
        var spread = RatingSpread.Of([2, 4, 2], levelCount: 4);

        Assert.Equal([0, 2, 0, 1], spread.Counts);
        Assert.Equal(3, spread.Total);
        Assert.Equal((2, 4), (spread.Lowest, spread.Highest));
        Assert.True(spread.Divided);
        Assert.False(spread.Unanimous);
        Assert.Equal(2, spread.Mode);
    }

    [Fact]
    public void Of_NoRatings_EmptyWithoutLowestOrMode()
    {
        var spread = RatingSpread.Of([], levelCount: 4);

        Assert.Equal(0, spread.Total);
        Assert.Null(spread.Lowest);
        Assert.Null(spread.Mode);
        Assert.False(spread.Divided);
    }

    [Fact]
    public void Of_TieForMostChosen_NoMode()
    {
        Assert.Null(RatingSpread.Of([1, 3], levelCount: 4).Mode);
    }

    [Fact]
    public void Of_LevelOutsideRubric_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingSpread.Of([5], levelCount: 4));
    }

    [Fact]
    public void Of_AnyRatings_CountsAddUpAndBoundTheRatings()
    {
        Gen.Int[2, 7].SelectMany(levels => Gen.Int[1, levels].List[0, 30].Select(ratings => (levels, ratings)))
            .Sample(x =>
            {
                var spread = RatingSpread.Of(x.ratings, x.levels);
                return spread.Total == x.ratings.Count
                    && spread.Counts.Count == x.levels
                    && (x.ratings.Count == 0 || (spread.Lowest == x.ratings.Min() && spread.Highest == x.ratings.Max()))
                    && spread.Unanimous == (x.ratings.Count > 0 && x.ratings.Distinct().Count() == 1);
            });
    }
}
