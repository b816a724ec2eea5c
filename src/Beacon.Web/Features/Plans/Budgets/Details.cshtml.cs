using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Budgets;

/// <summary>A plan's budget: its cost lines, and their totals by strategy, goal and funding source. Its editors add and remove lines.</summary>
public class DetailsModel(BeaconDbContext db, BudgetQuery query, PlanAccess access) : PageModel
{
    [BindProperty]
    public CostForm Cost { get; set; } = new();

    public Guid PlanId { get; private set; }
    public string PlanTitle { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public BudgetTotals Totals { get; private set; } = BudgetRollup.Of([]);
    public IReadOnlyList<CostRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Sources { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Goals { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Strategies { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Actions { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return PlanAccess.Refuse();
        }
        if (Cost.ActionId is { } action && !Actions.ContainsKey(action))
        {
            ModelState.AddModelError("Cost.ActionId", "Choose one of this plan's actions.");
        }
        if (Cost.FundingSourceId is { } source && !Sources.ContainsKey(source))
        {
            ModelState.AddModelError("Cost.FundingSourceId", "Choose one of the district's funding sources.");
        }
        if (Cost.Amount is { } amount && decimal.Round(amount, 2) != amount)
        {
            ModelState.AddModelError("Cost.Amount", "Enter the amount to the cent, with at most two decimals.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ActionCosts.Add(new ActionCost { Id = Guid.CreateVersion7(), ActionId = Cost.ActionId!.Value, FundingSourceId = Cost.FundingSourceId!.Value, Amount = Cost.Amount!.Value });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid costId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return PlanAccess.Refuse();
        }
        var cost = await db.ActionCosts.FirstOrDefaultAsync(c => c.Id == costId && db.PlanActions.Any(a => a.Id == c.ActionId && a.PlanId == id), cancellationToken);
        if (cost is null)
        {
            return NotFound();
        }
        db.ActionCosts.Remove(cost);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Where(p => p.Id == id).Select(p => new { p.Id, p.Title, p.SchoolId }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return false;
        }
        (PlanId, PlanTitle) = (plan.Id, plan.Title);
        CanEdit = await access.CanEditAsync(plan.SchoolId, cancellationToken);
        Totals = BudgetRollup.Of(await query.LinesAsync(id, cancellationToken));
        Rows = await query.RowsAsync(id, cancellationToken);
        Sources = await query.SourcesAsync(cancellationToken);
        Goals = await db.PlanGoals.Where(g => g.PlanId == id).ToDictionaryAsync(g => g.Id, g => g.Title, cancellationToken);
        Strategies = await db.Strategies.Where(s => s.PlanId == id).ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
        Actions = await db.PlanActions.Where(a => a.PlanId == id).OrderBy(a => a.Title).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        return true;
    }
}
