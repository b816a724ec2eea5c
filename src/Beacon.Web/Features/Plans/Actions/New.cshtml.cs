using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Actions;

/// <summary>Adds an action to a plan: owner, dates, status, budget and funding.</summary>
public class NewModel(BeaconDbContext db, EditablePlans editable) : PageModel
{
    [BindProperty]
    public ActionForm Form { get; set; } = new();

    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Title)> Strategies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid planId, [FromQuery] Guid? strategy, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form.StrategyId = Strategies.Any(s => s.Id == strategy) ? strategy : Strategies.Count == 1 ? Strategies[0].Id : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var action = new PlanAction { Id = Guid.CreateVersion7(), PlanId = planId, Title = "" };
        if (!await Form.TryApplyAsync(action, Strategies, db, ModelState, cancellationToken))
        {
            return Page();
        }
        db.PlanActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = planId });
    }

    private async Task<IActionResult?> LoadAsync(Guid planId, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await editable.FindAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal;
        }
        Plan = plan;
        Strategies = await StrategyChoices.ForPlanAsync(db, planId, cancellationToken);
        return null;
    }
}
