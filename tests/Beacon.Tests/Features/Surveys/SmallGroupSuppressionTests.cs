using Beacon.Web.Features.Surveys.Privacy;

namespace Beacon.Tests.Features.Surveys;

public class SmallGroupSuppressionTests
{
    private static readonly Guid North = new(1, 0, 0, new byte[8]);
    private static readonly Guid South = new(2, 0, 0, new byte[8]);

    [Fact]
    public void Decide_SchoolOf23WithTwoAides_HidesTeachersToo()
    {
        // The example: 23 in the school, 21 teachers; showing both would expose the other 2.
        var cells = new[] { new GroupCount(North, "Teachers", 21), new GroupCount(North, "Support staff", 2), new GroupCount(South, "Teachers", 30), new GroupCount(South, "Support staff", 9) };

        var shown = SmallGroupSuppression.Decide(cells, 5);

        Assert.False(shown.ShowsCell(North, "Support staff"));
        Assert.False(shown.ShowsCell(North, "Teachers"));
        Assert.True(shown.ShowsSchool(North));
        Assert.Empty(DisclosureAudit.DerivableSmallGroups(cells, shown, 5));
    }

    [Fact]
    public void Decide_AllGroupsLarge_ShowsEverything()
    {
        var cells = new[] { new GroupCount(North, "Teachers", 12), new GroupCount(North, "Leaders", 6), new GroupCount(South, "Teachers", 8), new GroupCount(South, "Leaders", 5) };

        var shown = SmallGroupSuppression.Decide(cells, 5);

        Assert.True(shown.ShowsDistrict);
        Assert.Equal(2, shown.Schools.Count);
        Assert.Equal(2, shown.Roles.Count);
        Assert.Equal(4, shown.Cells.Count);
    }

    [Fact]
    public void Decide_FewerThanMinimumInDistrict_ShowsNothing()
    {
        var shown = SmallGroupSuppression.Decide([new GroupCount(North, "Teachers", 4)], 5);

        Assert.False(shown.ShowsDistrict);
        Assert.Empty(shown.Schools);
        Assert.Empty(shown.Cells);
    }

    [Fact]
    public void Decide_MinimumBelowFloor_UsesThree()
    {
        var shown = SmallGroupSuppression.Decide([new GroupCount(North, "Teachers", 2)], 1);

        Assert.Equal(MinimumRespondents.Floor, shown.Minimum);
        Assert.False(shown.ShowsDistrict);
    }
}
