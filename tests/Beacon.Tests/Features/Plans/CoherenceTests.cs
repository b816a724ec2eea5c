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
        var indicator = new IndicatorKey(Guid.NewGuid(), "L.1");
        var strategy = new StrategyFacts(Guid.NewGuid(), Plan, null, "Coaching", goal, [indicator]);
        var action = new ActionFacts(Guid.NewGuid(), Plan, "Hire coaches", strategy.Id, true, Day, Day.AddDays(30), ActionStatus.InProgress);

        var gaps = Coherence.Find([strategy], [action], [new PriorityFacts(Guid.NewGuid(), null, new IndicatorKey(indicator.FrameworkId, " l.1 "), "Leadership")]);

        Assert.Equal(0, gaps.Count);
    }

    [Fact]
    public void Find_EachKindOfGap_IsListedUnderItsKindOnly()
    {
        var goal = Guid.NewGuid();
        var served = new StrategyFacts(Guid.NewGuid(), Plan, null, "Served", goal, [new IndicatorKey(Guid.NewGuid(), "A.1")]);
        var orphan = new StrategyFacts(Guid.NewGuid(), Plan, null, "Orphan", null, []);
        var underOrphan = new ActionFacts(Guid.NewGuid(), Plan, "Under orphan", orphan.Id, true, Day, Day, ActionStatus.NotStarted);
        var noStrategy = new ActionFacts(Guid.NewGuid(), Plan, "No strategy", null, true, Day, Day, ActionStatus.NotStarted);
        var noOwner = new ActionFacts(Guid.NewGuid(), Plan, "No owner", served.Id, false, Day, Day, ActionStatus.NotStarted);
        var noDue = new ActionFacts(Guid.NewGuid(), Plan, "No due date", served.Id, true, Day, null, ActionStatus.NotStarted);
        var noStart = new ActionFacts(Guid.NewGuid(), Plan, "No start date", served.Id, true, null, Day, ActionStatus.Complete);
        var cancelled = new ActionFacts(Guid.NewGuid(), Plan, "Cancelled", null, false, null, null, ActionStatus.Cancelled);
        var addressed = new PriorityFacts(Guid.NewGuid(), null, served.Addresses.First(), "Addressed");
        var unaddressed = new PriorityFacts(Guid.NewGuid(), null, new IndicatorKey(served.Addresses.First().FrameworkId, "A.2"), "Unaddressed");

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
        var indicator = new IndicatorKey(Guid.NewGuid(), "L.1");
        var districtStrategy = new StrategyFacts(Guid.NewGuid(), Plan, null, "District", Guid.NewGuid(), [indicator]);
        var schoolPriority = new PriorityFacts(Guid.NewGuid(), School, indicator, "School priority");

        var before = Coherence.Find([districtStrategy], [], [schoolPriority]);
        var schoolStrategy = new StrategyFacts(Guid.NewGuid(), Guid.NewGuid(), School, "School", Guid.NewGuid(), [indicator]);
        var after = Coherence.Find([districtStrategy, schoolStrategy], [], [schoolPriority]);

        Assert.Single(before.UnaddressedPriorities);
        Assert.Empty(after.UnaddressedPriorities);
    }

    [Fact]
    public void Find_PriorityChosenOnAnOlderVersion_AddressedBySameCodeOfTheSameFrameworkOnly()
    {
        var framework = Guid.NewGuid();
        var priority = new PriorityFacts(Guid.NewGuid(), null, new IndicatorKey(framework, "SD.3"), "Older version");
        var sameCodeOtherFramework = new StrategyFacts(Guid.NewGuid(), Plan, null, "Other", Guid.NewGuid(), [new IndicatorKey(Guid.NewGuid(), "SD.3")]);
        var sameFramework = new StrategyFacts(Guid.NewGuid(), Plan, null, "Same", Guid.NewGuid(), [new IndicatorKey(framework, "sd.3")]);

        Assert.Single(Coherence.Find([sameCodeOtherFramework], [], [priority]).UnaddressedPriorities);
        Assert.Empty(Coherence.Find([sameCodeOtherFramework, sameFramework], [], [priority]).UnaddressedPriorities);
    }
}
