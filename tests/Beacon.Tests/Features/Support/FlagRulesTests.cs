using Beacon.Web.Features.Support;
using CsCheck;

namespace Beacon.Tests.Features.Support;

public class FlagRulesTests
{
    private static SchoolScores School(string name, params double?[] scores) => new(Guid.NewGuid(), name, scores);

    [Fact]
    public void BelowThreshold_LatestUnderLimit_FlagsOnlyThatSchool()
    {
        var low = School("Low", 60, 44.9);
        var atLimit = School("At limit", 40, 45);

        var flags = FlagRules.BelowThreshold([low, atLimit], 45).ToList();

        var flag = Assert.Single(flags);
        Assert.Equal("Low", flag.SchoolName);
        Assert.Equal("Score 44.9 is below the district's threshold of 45.0.", flag.Reason);
    }

    [Fact]
    public void BelowThreshold_LatestYearMissing_DoesNotJudgeOnOlderYears()
    {
        Assert.Empty(FlagRules.BelowThreshold([School("Gap", 10, 12, null)], 45));
    }

    [Fact]
    public void BelowThreshold_NoThreshold_RuleIsOff()
    {
        Assert.Empty(FlagRules.BelowThreshold([School("Low", 1)], null));
    }

    [Fact]
    public void Declining_FellEveryYearOfWindow_Flags()
    {
        var flag = Assert.Single(FlagRules.Declining([School("Falling", 70, 60, 55, 50)], 2));
        Assert.Equal("Score fell in each of the last 2 years, from 60.0 to 50.0.", flag.Reason);
    }

    [Fact]
    public void Declining_FlatYearInWindow_DoesNotFlag()
    {
        Assert.Empty(FlagRules.Declining([School("Flat then down", 60, 60, 50)], 2));
    }

    [Fact]
    public void Declining_MissingYearInWindow_DoesNotFlag()
    {
        Assert.Empty(FlagRules.Declining([School("Gap", 70, null, 50)], 2));
    }

    [Fact]
    public void Declining_MissingYearBeforeWindow_StillFlags()
    {
        Assert.Single(FlagRules.Declining([School("Old gap", null, 70, 60, 50)], 2));
    }

    [Fact]
    public void Declining_FewerYearsThanWindow_DoesNotFlag()
    {
        Assert.Empty(FlagRules.Declining([School("New school", 70, 60)], 2));
    }

    [Fact]
    public void BottomShare_TenPercentOfTwenty_FlagsTwoLowest()
    {
        var schools = Enumerable.Range(1, 20).Select(i => School($"S{i:00}", i * 3.0)).ToList();

        var flags = FlagRules.BottomShare(schools, 10).ToList();

        Assert.Equal(["S01", "S02"], flags.Select(f => f.SchoolName));
        Assert.Equal("Score 6.0 ranks 2 of 20 from the bottom: in the district's lowest 10.0%.", flags[1].Reason);
    }

    [Fact]
    public void BottomShare_TieAtCutoff_FlagsEveryTiedSchoolWithSameRank()
    {
        var schools = new[] { School("A", 10), School("B", 20), School("C", 20), School("D", 50), School("E", 60) };

        var flags = FlagRules.BottomShare(schools, 40).ToList();

        Assert.Equal(["A", "B", "C"], flags.Select(f => f.SchoolName));
        Assert.Contains("ranks 2 of 5", flags[1].Reason);
        Assert.Contains("ranks 2 of 5", flags[2].Reason);
    }

    [Fact]
    public void BottomShare_SchoolsWithoutLatestScore_AreLeftOutOfTheRanking()
    {
        var schools = new[] { School("No data", 1, null), School("A", 30), School("B", 40) };

        var flag = Assert.Single(FlagRules.BottomShare(schools, 10));

        Assert.Equal("A", flag.SchoolName);
        Assert.Contains("ranks 1 of 2", flag.Reason);
    }

    [Fact]
    public void BottomShare_TinyShareOfFewSchools_StillFlagsTheLowestOne()
    {
        Assert.Single(FlagRules.BottomShare([School("A", 30), School("B", 40)], 1));
    }

    [Fact]
    public void Apply_AllRulesOff_FlagsNothing()
    {
        Assert.Empty(FlagRules.Apply([School("A", 90, 50, 1)], new FlagRuleSettings(null, 0, 0)));
    }

    [Fact]
    public void BottomShare_AnyScores_FlagsAtLeastTheShareAndNeverSkipsALowerScore() =>
        Gen.Select(Gen.Int[0, 100].Array[1, 30], Gen.Double[1, 100]).Sample((scores, share) =>
        {
            var schools = scores.Select((s, i) => School($"S{i}", s)).ToList();
            var flagged = FlagRules.BottomShare(schools, share).Select(f => f.SchoolId).ToHashSet();
            Assert.True(flagged.Count >= Math.Ceiling(schools.Count * share / 100));
            var highestFlagged = schools.Where(s => flagged.Contains(s.SchoolId)).Max(s => s.Latest);
            Assert.All(schools.Where(s => s.Latest <= highestFlagged), s => Assert.Contains(s.SchoolId, flagged));
        });
}
