namespace Beacon.Web.Features.Plans;

/// <summary>
/// An indicator as it is known across framework versions: a priority chosen on one version is
/// addressed by a strategy that links the same code of the framework on any version.
/// </summary>
public sealed record IndicatorKey
{
    public IndicatorKey(Guid frameworkId, string code)
    {
        FrameworkId = frameworkId;
        Code = code.Trim().ToUpperInvariant();
    }

    public Guid FrameworkId { get; }
    public string Code { get; }
}

public sealed record StrategyFacts(Guid Id, Guid PlanId, Guid? SchoolId, string Title, Guid? GoalId, IReadOnlyCollection<IndicatorKey> Addresses);

public sealed record ActionFacts(Guid Id, Guid PlanId, string Title, Guid? StrategyId, bool HasOwner, DateOnly? StartsOn, DateOnly? DueOn, ActionStatus Status);

/// <summary>A self-assessment priority: an indicator a district (no school) or school team chose to improve.</summary>
public sealed record PriorityFacts(Guid CycleId, Guid? SchoolId, IndicatorKey Indicator, string Label);

public sealed record CoherenceGaps(
    IReadOnlyList<PriorityFacts> UnaddressedPriorities,
    IReadOnlyList<StrategyFacts> StrategiesWithoutGoal,
    IReadOnlyList<ActionFacts> ActionsWithoutGoal,
    IReadOnlyList<ActionFacts> ActionsWithoutOwner,
    IReadOnlyList<ActionFacts> ActionsWithoutDates)
{
    public int Count => UnaddressedPriorities.Count + StrategiesWithoutGoal.Count + ActionsWithoutGoal.Count
        + ActionsWithoutOwner.Count + ActionsWithoutDates.Count;
}

/// <summary>
/// Where plans fail to hang together: a priority no strategy of the same district or school
/// addresses, a strategy that serves no goal, and actions that serve no goal (no strategy, or a
/// strategy without a goal), have no owner, or lack a start or due date. Cancelled actions are
/// left out: nobody will do them.
/// </summary>
public static class Coherence
{
    public static CoherenceGaps Find(
        IReadOnlyCollection<StrategyFacts> strategies, IReadOnlyCollection<ActionFacts> actions, IReadOnlyCollection<PriorityFacts> priorities)
    {
        var addressed = strategies.SelectMany(s => s.Addresses.Select(i => (s.SchoolId, Indicator: i))).ToHashSet();
        var strategyGoal = strategies.ToDictionary(s => s.Id, s => s.GoalId);
        var live = actions.Where(a => a.Status != ActionStatus.Cancelled).ToList();
        return new CoherenceGaps(
            priorities.Where(p => !addressed.Contains((p.SchoolId, p.Indicator))).ToList(),
            strategies.Where(s => s.GoalId is null).ToList(),
            live.Where(a => a.StrategyId is not { } s || !strategyGoal.TryGetValue(s, out var goal) || goal is null).ToList(),
            live.Where(a => !a.HasOwner).ToList(),
            live.Where(a => a.StartsOn is null || a.DueOn is null).ToList());
    }
}
