using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Budgets;

/// <summary>A cost line as the plan's budget page lists it.</summary>
public sealed record CostRow(Guid Id, string ActionTitle, string Source, decimal Amount);

/// <summary>Cost lines with what they roll up to, for one plan or the whole district, and the names to show totals under.</summary>
public sealed class BudgetQuery(BeaconDbContext db)
{
    public Task<List<CostLine>> LinesAsync(Guid? planId, CancellationToken cancellationToken) =>
        (from c in db.ActionCosts
         join a in db.PlanActions on c.ActionId equals a.Id
         join p in db.Plans on a.PlanId equals p.Id
         where planId == null || a.PlanId == planId
         select new CostLine(a.PlanId, p.SchoolId, a.Strategy!.GoalId, a.StrategyId, c.FundingSourceId, c.Amount))
        .ToListAsync(cancellationToken);

    public Task<List<CostRow>> RowsAsync(Guid planId, CancellationToken cancellationToken) =>
        (from c in db.ActionCosts
         join a in db.PlanActions on c.ActionId equals a.Id
         join s in db.FundingSources on c.FundingSourceId equals s.Id
         where a.PlanId == planId
         orderby a.Title, s.Name
         select new CostRow(c.Id, a.Title, s.Name, c.Amount))
        .ToListAsync(cancellationToken);

    public Task<Dictionary<Guid, string>> SourcesAsync(CancellationToken cancellationToken) =>
        db.FundingSources.OrderBy(s => s.Name).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

    /// <summary>Totals in a stable order, each under its name; a key without a name (a line with none) reads <paramref name="none"/>.</summary>
    public static IReadOnlyList<(string Name, decimal Amount)> Named(IReadOnlyDictionary<Guid, decimal> totals, IReadOnlyDictionary<Guid, string> names, string none) =>
        totals.Select(t => (Name: names.TryGetValue(t.Key, out var name) ? name : none, Amount: t.Value))
            .OrderBy(t => t.Name == none ? 1 : 0).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
}
