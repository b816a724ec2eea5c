using Beacon.Web.Features.Staffing;

namespace Beacon.Tests.Features.Staffing;

public class NeedIndexTests
{
    private static readonly ResultsMeasure Reading = new("Reading proficiency", HigherIsBetter: true);

    private static NeedInputs School(string name, double? poverty, double? el = null, double? swd = null, double? result = null) =>
        new(Guid.NewGuid(), name, poverty, el, swd, result);

    [Fact]
    public void Score_PovertyAlone_IndexIsThePovertyShare()
    {
        var scores = NeedIndex.Score(new NeedWeights(1, 0, 0, 0), null, [School("A", 42.5, el: null)]);

        Assert.Equal(42.5, Assert.Single(scores).Index);
    }

    [Fact]
    public void Score_Weights_WeightedAverageWithResultsAsShortfall()
    {
        // (2 × 60 + 1 × 30 + 1 × 10 + 2 × (100 − 70)) / 6 = (120 + 30 + 10 + 60) / 6 = 36.67
        var scores = NeedIndex.Score(new NeedWeights(2, 1, 1, 2), Reading, [School("A", 60, 30, 10, 70)]);

        Assert.Equal(36.67, Assert.Single(scores).Index);
    }

    [Fact]
    public void Score_ResultWhereLowerIsBetter_CountsAsIs()
    {
        var absence = new ResultsMeasure("Chronic absence", HigherIsBetter: false);

        var scores = NeedIndex.Score(new NeedWeights(0, 0, 0, 1), absence, [School("A", null, result: 18)]);

        Assert.Equal(18, Assert.Single(scores).Index);
    }

    [Fact]
    public void Score_WeakerResults_MoreNeed()
    {
        var scores = NeedIndex.Score(new NeedWeights(1, 0, 0, 1), Reading, [School("Strong", 50, result: 90), School("Weak", 50, result: 30)]);

        Assert.True(scores[1].Index > scores[0].Index);
    }

    [Fact]
    public void Score_MissingInputWithWeight_NoIndexAndTheReasonNamesEachMissingInput()
    {
        var scores = NeedIndex.Score(new NeedWeights(1, 1, 0, 1), Reading, [School("A", 40, el: null, result: null)]);

        var score = Assert.Single(scores);
        Assert.Null(score.Index);
        Assert.Contains("English-learner share", score.Reason);
        Assert.Contains("Reading proficiency result", score.Reason);
        Assert.DoesNotContain("poverty", score.Reason);
    }

    [Fact]
    public void Score_MissingInputWithoutWeight_DoesNotMatter()
    {
        var scores = NeedIndex.Score(new NeedWeights(1, 0, 0, 0), null, [School("A", 40, el: null, swd: null)]);

        Assert.Equal(40, Assert.Single(scores).Index);
    }

    [Fact]
    public void Score_NoWeightsOrResultsWithoutMeasure_EverySchoolUnrankedWithWhatToDo()
    {
        var none = NeedIndex.Score(new NeedWeights(0, 0, 0, 0), null, [School("A", 40)]);
        var noMeasure = NeedIndex.Score(new NeedWeights(1, 0, 0, 1), null, [School("A", 40, result: 50)]);

        Assert.Contains("no weights", Assert.Single(none).Reason);
        Assert.Contains("no results measure is chosen", Assert.Single(noMeasure).Reason);
    }

    [Fact]
    public void Split_FiveSchoolsOneMissing_FourRankedByIndexAndOneUnrankedWithReason()
    {
        var schools = new[]
        {
            School("High poverty, few learners", 90, el: 10),
            School("Low poverty, many learners", 10, el: 80),
            School("Middle", 30, el: 20),
            School("Upper middle", 60, el: 10),
            School("No learner figure", 50),
        };

        var split = NeedIndex.Split(NeedIndex.Score(new NeedWeights(1, 1, 0, 0), null, schools));

        // Indices: 50, 45, 25, 35: the order by need differs from the order by poverty.
        Assert.Equal(["Middle", "Upper middle", "Low poverty, many learners", "High poverty, few learners"],
            split.Ranked.OrderBy(r => r.Quartile).Select(r => r.Name));
        Assert.Equal([1, 2, 3, 4], split.Ranked.OrderBy(r => r.Quartile).Select(r => r.Quartile));
        var unranked = Assert.Single(split.Unranked);
        Assert.Equal("No learner figure", unranked.Name);
        Assert.Contains("No English-learner share", unranked.Reason);
    }

    [Fact]
    public void Split_FewerThanFourWithAnIndex_ReasonSpeaksOfTheNeedIndex()
    {
        var split = NeedIndex.Split(NeedIndex.Score(new NeedWeights(1, 0, 0, 0), null, [School("A", 1), School("B", 2)]));

        Assert.Empty(split.Ranked);
        Assert.All(split.Unranked, u => Assert.Contains("schools with a need index", u.Reason));
    }

    [Fact]
    public void Describe_Weights_ListsThoseAboveZero()
    {
        Assert.Equal("poverty 2, Reading proficiency 0.5", NeedIndex.Describe(new NeedWeights(2, 0, 0, 0.5), Reading));
        Assert.Equal("no weights set", NeedIndex.Describe(new NeedWeights(0, 0, 0, 0), null));
    }
}
