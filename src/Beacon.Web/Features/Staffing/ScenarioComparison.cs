namespace Beacon.Web.Features.Staffing;

public sealed record ComparedScenario(Guid Id, string Name, decimal CostPerPosition, IReadOnlyDictionary<Guid, decimal> Positions);

public sealed record ComparisonRow(Guid SchoolId, string School, double Need, IReadOnlyList<decimal> Positions, decimal Change);

public sealed record ScenarioTotals(string Name, decimal Positions, decimal Cost, int Gainers, int Losers);

/// <summary>
/// Scenarios side by side, school by school. The first scenario is the baseline: for each other
/// one, a school gains if it gets more positions than under the baseline and loses if fewer.
/// </summary>
public sealed record ScenarioComparison(IReadOnlyList<ComparisonRow> Rows, IReadOnlyList<ScenarioTotals> Totals)
{
    public static ScenarioComparison Build(IReadOnlyList<ComparedScenario> scenarios, IReadOnlyDictionary<Guid, (string Name, double Need)> schools)
    {
        var rows = schools
            .OrderByDescending(s => s.Value.Need).ThenBy(s => s.Value.Name, StringComparer.Ordinal)
            .Select(s =>
            {
                var positions = scenarios.Select(sc => sc.Positions.GetValueOrDefault(s.Key)).ToList();
                return new ComparisonRow(s.Key, s.Value.Name, s.Value.Need, positions, positions.Count > 1 ? positions[^1] - positions[0] : 0);
            })
            .ToList();
        var totals = scenarios.Select((sc, i) =>
        {
            var total = sc.Positions.Values.Sum();
            var gainers = i == 0 ? 0 : rows.Count(r => r.Positions[i] > r.Positions[0]);
            var losers = i == 0 ? 0 : rows.Count(r => r.Positions[i] < r.Positions[0]);
            return new ScenarioTotals(sc.Name, total, total * sc.CostPerPosition, gainers, losers);
        }).ToList();
        return new ScenarioComparison(rows, totals);
    }
}
