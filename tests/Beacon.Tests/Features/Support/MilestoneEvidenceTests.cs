using Beacon.Web.Features.Support;
using CsCheck;

namespace Beacon.Tests.Features.Support;

public class MilestoneEvidenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(47.5, 45, true, MilestoneResult.Met)]
    [InlineData(45, 45, true, MilestoneResult.Met)]
    [InlineData(44.9, 45, true, MilestoneResult.NotMet)]
    [InlineData(8, 10, false, MilestoneResult.Met)]
    [InlineData(12, 10, false, MilestoneResult.NotMet)]
    public void Evaluate_FigureAgainstTarget_MeetsOnTheRightSide(double figure, double target, bool higherIsBetter, MilestoneResult expected) =>
        Assert.Equal(expected, MilestoneEvidence.Evaluate(figure, target, higherIsBetter));

    [Theory]
    [InlineData(null)]
    [InlineData(double.NaN)]
    public void Evaluate_NoFigure_IsNoData(double? figure) =>
        Assert.Equal(MilestoneResult.NoData, MilestoneEvidence.Evaluate(figure, 45, higherIsBetter: true));

    [Fact]
    public void Evaluate_AnyFigure_MetExactlyWhenOnTheBetterSideAndFlippingDirectionMirrorsIt() =>
        Gen.Select(Gen.Double[-1000, 1000], Gen.Double[-1000, 1000], Gen.Bool).Sample((figure, target, higher) =>
        {
            var result = MilestoneEvidence.Evaluate(figure, target, higher);
            var better = higher ? figure >= target : figure <= target;
            Assert.Equal(better ? MilestoneResult.Met : MilestoneResult.NotMet, result);
            Assert.Equal(MilestoneEvidence.Evaluate(-figure, -target, !higher), result);
        });

    [Fact]
    public void Describe_MetFigure_NamesMeasureYearFigureAndTarget() =>
        Assert.Equal("Reading proficiency (%) in 2025-26: 47.5 against a target of at least 45.",
            MilestoneEvidence.Describe("Reading proficiency (%)", "2025-26", 47.5, 45, higherIsBetter: true));

    private static (Milestone, Instalment) Tied(MilestoneResult result, double figure)
    {
        var milestone = new Milestone { Id = Guid.NewGuid(), Title = "Year 1", Target = "Reading 45%", TargetValue = 45, Result = result, ResultValue = figure };
        return (milestone, new Instalment { MilestoneId = milestone.Id, Amount = 10_000m });
    }

    [Fact]
    public void Record_AgainstAFigureBelowTargetWithoutReason_IsRefusedAndLeavesThePaymentScheduled()
    {
        var (milestone, instalment) = Tied(MilestoneResult.NotMet, 41);

        var error = PaymentRelease.Record(milestone, instalment, termsMet: true, " ", "lee", Now);

        Assert.Contains("say why you decide otherwise", error);
        Assert.Equal((MilestoneStatus.Pending, InstalmentStatus.Scheduled, null), (milestone.Status, instalment.Status, milestone.OverrideReason));
    }

    [Fact]
    public void Record_AgainstAFigureWithReason_ReleasesAndKeepsTheOverrideReason()
    {
        var (milestone, instalment) = Tied(MilestoneResult.NotMet, 41);

        Assert.Null(PaymentRelease.Record(milestone, instalment, termsMet: true, " Test window closed by flooding ", "lee", Now));

        Assert.Equal((MilestoneStatus.Met, InstalmentStatus.Released, "Test window closed by flooding"), (milestone.Status, instalment.Status, milestone.OverrideReason));
    }

    [Fact]
    public void Record_FollowingAFigureBelowTarget_WithholdsWithTheFigureAsReason()
    {
        var (milestone, instalment) = Tied(MilestoneResult.NotMet, 41);

        Assert.Null(PaymentRelease.Record(milestone, instalment, termsMet: false, null, "lee", Now));

        Assert.Equal(InstalmentStatus.Withheld, instalment.Status);
        Assert.Equal("The imported figure, 41, did not reach the target of 45.", instalment.Reason);
        Assert.Null(milestone.OverrideReason);
    }

    [Fact]
    public void Record_FollowingAFigureAtTarget_ReleasesWithNoReasonNeeded()
    {
        var (milestone, instalment) = Tied(MilestoneResult.Met, 47);

        Assert.Null(PaymentRelease.Record(milestone, instalment, termsMet: true, null, "lee", Now));

        Assert.Equal((InstalmentStatus.Released, null), (instalment.Status, milestone.OverrideReason));
    }

    [Fact]
    public void Record_NoDataYet_DecidingEitherWayIsNoOverride()
    {
        Assert.False(MilestoneEvidence.IsOverride(MilestoneResult.NoData, termsMet: true));
        Assert.False(MilestoneEvidence.IsOverride(MilestoneResult.NoData, termsMet: false));
        Assert.False(MilestoneEvidence.IsOverride(null, termsMet: true));
    }
}
