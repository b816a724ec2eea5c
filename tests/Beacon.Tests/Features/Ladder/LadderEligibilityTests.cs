using Beacon.Web.Features.Ladder;
using CsCheck;

namespace Beacon.Tests.Features.Ladder;

public class LadderEligibilityTests
{
    private static readonly Gen<int?> Minimum = Gen.Int[0, 12].Select(n => n % 4 == 0 ? (int?)null : n);
    private static readonly Gen<StageCriteria> Stage = Gen.Select(Minimum, Minimum, Minimum, Minimum)
        .Select((y, c, m, r) => new StageCriteria(y, c is { } credits ? credits * 2.5m : null, m, r));
    private static readonly Gen<LadderHistory> History = Gen.Select(Gen.Int[0, 15], Gen.Int[0, 80], Gen.Int[0, 6], Gen.Int[0, 6])
        .Select((y, c, m, r) => new LadderHistory(y, c * 0.5m, m, r));

    [Fact]
    public void Eligible_GeneratedHistories_SameAsCheckingEachCriterionByHand() =>
        Gen.Select(Stage, History).Sample((stage, h) =>
            LadderEligibility.Eligible(stage, h) ==
                ((stage.MinYears ?? 0) <= h.Years && (stage.MinCredits ?? 0) <= h.Credits
                 && (stage.MinMentoringPairings ?? 0) <= h.PairingsMentored && (stage.MinPublishedResearch ?? 0) <= h.ResearchPublished));

    [Fact]
    public void Eligible_MoreOfEverything_NeverLosesEligibility() =>
        Gen.Select(Stage, History, History).Sample((stage, h, extra) =>
        {
            var more = new LadderHistory(h.Years + extra.Years, h.Credits + extra.Credits, h.PairingsMentored + extra.PairingsMentored, h.ResearchPublished + extra.ResearchPublished);
            return !LadderEligibility.Eligible(stage, h) || LadderEligibility.Eligible(stage, more);
        });

    [Fact]
    public void Unmet_StageAskingNothing_IsEmptyForAnyHistory() =>
        History.Sample(h => LadderEligibility.Unmet(new StageCriteria(null, null, null, null), h).Count == 0);

    [Fact]
    public void Unmet_ShortOfCreditsAndResearch_NamesBothWithNeededAndHas()
    {
        var unmet = LadderEligibility.Unmet(new StageCriteria(5, 30m, null, 1), new LadderHistory(7, 22.5m, 0, 0));
        Assert.Equal(
            [new UnmetCriterion("Learning credits", "30", "22.5"), new UnmetCriterion("Action research published", "1", "0")],
            unmet);
    }
}
