namespace Beacon.Web.Features.Plans;

public sealed record GoalFacts(Guid Id, Guid PlanId, int Position, string Title, Guid? DistrictGoalId);

/// <summary>A published offering tagged to a goal.</summary>
public sealed record LearningLink(Guid GoalId, Guid OfferingId, string Title);

public sealed record GoalLearning(GoalFacts Goal, IReadOnlyList<LearningLink> Offerings);

public sealed record LearningCoverageResult(
    IReadOnlyList<GoalLearning> ByGoal,
    IReadOnlyList<GoalFacts> GoalsWithoutLearning,
    IReadOnlyList<PriorityFacts> PrioritiesWithoutLearning);

/// <summary>
/// Which professional learning serves which goal, and where none does. A school goal is served by
/// the learning tagged to it and by the learning tagged to the district goal it serves (a district
/// workshop on the district's reading goal serves every school reading goal under it). A priority
/// has learning when a strategy of the same district or school addresses its indicator and serves
/// a goal that has learning.
/// </summary>
public static class LearningCoverage
{
    public static LearningCoverageResult Find(
        IReadOnlyCollection<GoalFacts> goals, IReadOnlyCollection<LearningLink> links,
        IReadOnlyCollection<StrategyFacts> strategies, IReadOnlyCollection<PriorityFacts> priorities)
    {
        var tagged = links.ToLookup(l => l.GoalId);
        var byGoal = goals
            .Select(g => new GoalLearning(g, tagged[g.Id]
                .Concat(g.DistrictGoalId is { } parent ? tagged[parent] : [])
                .DistinctBy(l => l.OfferingId)
                .OrderBy(l => l.Title, StringComparer.CurrentCultureIgnoreCase)
                .Select(l => l with { GoalId = g.Id })
                .ToList()))
            .ToList();
        var served = byGoal.Where(g => g.Offerings.Count > 0).Select(g => g.Goal.Id).ToHashSet();
        var withLearning = strategies
            .Where(s => s.GoalId is { } goal && served.Contains(goal))
            .SelectMany(s => s.Addresses.Select(i => (s.SchoolId, Indicator: i)))
            .ToHashSet();
        return new LearningCoverageResult(
            byGoal,
            byGoal.Where(g => g.Offerings.Count == 0).Select(g => g.Goal).ToList(),
            priorities.Where(p => !withLearning.Contains((p.SchoolId, p.Indicator))).ToList());
    }
}
