namespace Beacon.Web.Features.Plans.Budgets;

/// <summary>
/// One cost line with everything it rolls up to. A line of an action under no strategy, or under a
/// strategy that serves no goal, has no strategy or goal; a district plan's line has no school.
/// </summary>
public sealed record CostLine(Guid PlanId, Guid? SchoolId, Guid? GoalId, Guid? StrategyId, Guid SourceId, decimal Amount);

/// <summary>
/// Totals of cost lines by each thing they roll up to. <see cref="Guid.Empty"/> is the key of lines
/// with none: no school (the district's own plan), no goal, no strategy.
/// </summary>
public sealed record BudgetTotals(
    decimal Total,
    IReadOnlyDictionary<Guid, decimal> ByPlan,
    IReadOnlyDictionary<Guid, decimal> BySchool,
    IReadOnlyDictionary<Guid, decimal> BySource,
    IReadOnlyDictionary<Guid, decimal> ByGoal,
    IReadOnlyDictionary<Guid, decimal> ByStrategy);

/// <summary>Sums cost lines by plan, school, funding source, goal and strategy, in one pass.</summary>
public static class BudgetRollup
{
    public static BudgetTotals Of(IEnumerable<CostLine> lines)
    {
        var total = 0m;
        Dictionary<Guid, decimal> plans = [], schools = [], sources = [], goals = [], strategies = [];
        foreach (var line in lines)
        {
            total += line.Amount;
            Add(plans, line.PlanId, line.Amount);
            Add(schools, line.SchoolId ?? Guid.Empty, line.Amount);
            Add(sources, line.SourceId, line.Amount);
            Add(goals, line.GoalId ?? Guid.Empty, line.Amount);
            Add(strategies, line.StrategyId ?? Guid.Empty, line.Amount);
        }
        return new BudgetTotals(total, plans, schools, sources, goals, strategies);
    }

    private static void Add(Dictionary<Guid, decimal> totals, Guid key, decimal amount) =>
        totals[key] = totals.GetValueOrDefault(key) + amount;
}
