using Beacon.Web.Features.SelfAssessment;
using static Beacon.Web.Features.SelfAssessment.YearOverYear;

namespace Beacon.Tests.Features.SelfAssessment;

public class YearOverYearTests
{
    [Fact]
    public void Compare_SameRubric_ChangePerIndicatorMatchedByCode()
    {
        var changes = Compare(
            [new Consensus("A.1", "Old wording", 2), new Consensus("A.2", "Two", 3)], 4,
            [new Consensus("a.1", "New wording", 3), new Consensus("A.2", "Two", 3), new Consensus("A.3", "New", 1)], 4);

        Assert.Equal(
            [new IndicatorChange("a.1", "New wording", 2, 3, 1), new IndicatorChange("A.2", "Two", 3, 3, 0), new IndicatorChange("A.3", "New", null, 1, null)],
            changes);
    }

    [Fact]
    public void Compare_IndicatorDropped_StillListedWithItsLastLevel()
    {
        var changes = Compare([new Consensus("X", "Gone", 2)], 4, [], 4);

        Assert.Equal([new IndicatorChange("X", "Gone", 2, null, null)], changes);
    }

    [Fact]
    public void Compare_RubricsOfDifferentLength_ShowsLevelsButNoChange()
    {
        var change = Assert.Single(Compare([new Consensus("A", "a", 2)], 4, [new Consensus("A", "a", 4)], 5));

        Assert.Equal((2, 4, (int?)null), (change.Previous, change.Current, change.Change));
    }
}
