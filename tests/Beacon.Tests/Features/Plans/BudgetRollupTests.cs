using Beacon.Web.Features.Plans.Budgets;
using CsCheck;

namespace Beacon.Tests.Features.Plans;

public class BudgetRollupTests
{
    // Small pools, so lines share plans, schools, goals, strategies and sources and the totals really group.
    private static readonly Guid[] Pool = Enumerable.Range(1, 4).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();
    private static readonly Gen<Guid> Id = Gen.Int[0, Pool.Length - 1].Select(i => Pool[i]);
    private static readonly Gen<Guid?> MaybeId = Gen.Select(Gen.Bool, Id, (none, id) => none ? (Guid?)null : id);
    private static readonly Gen<decimal> Amount = Gen.Long[1, 10_000_000_000].Select(cents => cents / 100m);

    private static readonly Gen<List<CostLine>> Lines =
        Gen.Select(Id, MaybeId, MaybeId, MaybeId, Id, Amount, (plan, school, goal, strategy, source, amount) => new CostLine(plan, school, goal, strategy, source, amount))
            .List[0, 40];

    [Fact]
    public void Rollup_AnyCostLines_EqualsARecomputationFromTheRawLines() =>
        Lines.Sample(lines =>
        {
            var totals = BudgetRollup.Of(lines);
            Assert.Equal(lines.Sum(l => l.Amount), totals.Total);
            AssertRecomputed(lines, l => l.PlanId, totals.ByPlan);
            AssertRecomputed(lines, l => l.SchoolId ?? Guid.Empty, totals.BySchool);
            AssertRecomputed(lines, l => l.SourceId, totals.BySource);
            AssertRecomputed(lines, l => l.GoalId ?? Guid.Empty, totals.ByGoal);
            AssertRecomputed(lines, l => l.StrategyId ?? Guid.Empty, totals.ByStrategy);
        });

    [Fact]
    public void Rollup_NoLines_IsZeroWithNoGroups()
    {
        var totals = BudgetRollup.Of([]);

        Assert.Equal(0m, totals.Total);
        Assert.Empty(totals.BySource);
    }

    // The independent recomputation: every key that any line has, summed by a plain loop over all lines.
    private static void AssertRecomputed(List<CostLine> lines, Func<CostLine, Guid> key, IReadOnlyDictionary<Guid, decimal> rolled)
    {
        var keys = new HashSet<Guid>();
        foreach (var line in lines)
        {
            keys.Add(key(line));
        }
        Assert.Equal(keys.Count, rolled.Count);
        foreach (var k in keys)
        {
            var sum = 0m;
            foreach (var line in lines)
            {
                if (key(line) == k)
                {
                    sum += line.Amount;
                }
            }
            Assert.Equal(sum, rolled[k]);
        }
        Assert.Equal(lines.Sum(l => l.Amount), rolled.Values.Sum());
    }
}
