using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Actions;

/// <summary>Adds an action to a plan: owner, dates, status, budget and funding.</summary>
public class NewModel(BeaconDbContext db, EditablePlans editable, PeoplePicker people) : PageModel
{
    [BindProperty]
    public ActionForm Form { get; set; } = new();

    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Title)> Strategies { get; private set; } = [];
    public PeopleChoice Owners { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid planId, [FromQuery] Guid? strategy, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form.StrategyId = Strategies.Any(s => s.Id == strategy) ? strategy : Strategies.Count == 1 ? Strategies[0].Id : null;
        return await ShowAsync(search: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var action = new PlanAction { Id = Guid.CreateVersion7(), PlanId = planId, Title = "" };
        if (!await Form.TryApplyAsync(action, Strategies, people, ModelState, cancellationToken))
        {
            return await ShowAsync(search: false, cancellationToken);
        }
        db.PlanActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = planId });
    }

    /// <summary>The people picker's "Find people": the form again, as typed, with whoever matches the search to choose from.</summary>
    public async Task<IActionResult> OnPostFindPeopleAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        ModelState.Clear();
        return await ShowAsync(search: true, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(bool search, CancellationToken cancellationToken)
    {
        Owners = await Form.OwnerChoiceAsync(people, search, cancellationToken);
        return Page();
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
