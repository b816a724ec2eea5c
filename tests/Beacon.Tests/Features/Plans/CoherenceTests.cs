using Beacon.Web.Features.Plans;

namespace Beacon.Tests.Features.Plans;

public class CoherenceTests
{
    private static readonly Guid Plan = Guid.NewGuid();
    private static readonly Guid School = Guid.NewGuid();
    private static readonly DateOnly Day = new(2026, 1, 10);

    [Fact]
    public void Find_CoherentPlan_HasNoGaps()
    {
        var goal = Guid.NewGuid();
        var indicator = Guid.NewGuid();
        var strategy = new StrategyFacts(Guid.NewGuid(), Plan, null, "Coaching", goal, [indicator]);
        var action = new ActionFacts(Guid.NewGuid(), Plan, "Hire coaches", strategy.Id, true, Day, Day.AddDays(30), ActionStatus.InProgress);

        var gaps = Coherence.Find([strategy], [action], [new PriorityFacts(Guid.NewGuid(), null, indicator, "Leadership")]);

        Assert.Equal(0, gaps.Count);
    }

    [Fact]
    public void Find_EachKindOfGap_IsListedUnderItsKindOnly()
    {
        var goal = Guid.NewGuid();
        var served = new StrategyFacts(Guid.NewGuid(), Plan, null, "Served", goal, [Guid.NewGuid()]);
        var orphan = new StrategyFacts(Guid.NewGuid(), Plan, null, "Orphan", null, []);
        var underOrphan = new ActionFacts(Guid.NewGuid(), Plan, "Under orphan", orphan.Id, true, Day, Day, ActionStatus.NotStarted);
        var noStrategy = new ActionFacts(Guid.NewGuid(), Plan, "No strategy", null, true, Day, Day, ActionStatus.NotStarted);
        var noOwner = new ActionFacts(Guid.NewGuid(), Plan, "No owner", served.Id, false, Day, Day, ActionStatus.NotStarted);
        var noDue = new ActionFacts(Guid.NewGuid(), Plan, "No due date", served.Id, true, Day, null, ActionStatus.NotStarted);
        var noStart = new ActionFacts(Guid.NewGuid(), Plan, "No start date", served.Id, true, null, Day, ActionStatus.Complete);
        var cancelled = new ActionFacts(Guid.NewGuid(), Plan, "Cancelled", null, false, null, null, ActionStatus.Cancelled);
        var addressed = new PriorityFacts(Guid.NewGuid(), null, served.IndicatorIds.First(), "Addressed");
        var unaddressed = new PriorityFacts(Guid.NewGuid(), null, Guid.NewGuid(), "Unaddressed");

        var gaps = Coherence.Find([served, orphan], [underOrphan, noStrategy, noOwner, noDue, noStart, cancelled], [addressed, unaddressed]);

        Assert.Equal(["Unaddressed"], gaps.UnaddressedPriorities.Select(p => p.Label));
        Assert.Equal(["Orphan"], gaps.StrategiesWithoutGoal.Select(s => s.Title));
        Assert.Equal(["Under orphan", "No strategy"], gaps.ActionsWithoutGoal.Select(a => a.Title));
        Assert.Equal(["No owner"], gaps.ActionsWithoutOwner.Select(a => a.Title));
        Assert.Equal(["No due date", "No start date"], gaps.ActionsWithoutDates.Select(a => a.Title));
        Assert.Equal(7, gaps.Count);
    }

    [Fact]
    public void Find_SchoolPriority_IsAddressedOnlyByThatSchoolsStrategies()
    {
        var indicator = Guid.NewGuid();
        var districtStrategy = new StrategyFacts(Guid.NewGuid(), Plan, null, "District", Guid.NewGuid(), [indicator]);
        var schoolPriority = new PriorityFacts(Guid.NewGuid(), School, indicator, "School priority");

        var before = Coherence.Find([districtStrategy], [], [schoolPriority]);
        var schoolStrategy = new StrategyFacts(Guid.NewGuid(), Guid.NewGuid(), School, "School", Guid.NewGuid(), [indicator]);
        var after = Coherence.Find([districtStrategy, schoolStrategy], [], [schoolPriority]);

        Assert.Single(before.UnaddressedPriorities);
        Assert.Empty(after.UnaddressedPriorities);
    }
}
