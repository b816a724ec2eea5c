using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Strategies;

/// <summary>Adds a strategy to a plan, under one of its goals.</summary>
public class NewModel(BeaconDbContext db, EditablePlans editable) : PageModel
{
    [BindProperty]
    public StrategyForm Form { get; set; } = new();

    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Title)> Goals { get; private set; } = [];
    public IReadOnlyList<FrameworkChoices> Indicators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid planId, [FromQuery] Guid? goal, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form.GoalId = Goals.Any(g => g.Id == goal) ? goal : Goals.Count == 1 ? Goals[0].Id : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (Form.GoalId is { } chosen && Goals.All(g => g.Id != chosen))
        {
            ModelState.AddModelError("Form.GoalId", "Choose one of this plan's goals.");
        }
        var strategy = new Strategy
        {
            Id = Guid.CreateVersion7(),
            PlanId = planId,
            GoalId = Form.GoalId,
            Title = Form.Title.Trim(),
            Description = PlanForm.Clean(Form.Description),
        };
        if (!IndicatorChoices.TryApply(strategy, Form.IndicatorIds, Indicators))
        {
            ModelState.AddModelError("Form.IndicatorIds", "One of the chosen indicators is no longer offered; choose again from the list.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.Strategies.Add(strategy);
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
        Goals = await GoalChoices.ForPlanAsync(db, planId, cancellationToken);
        Indicators = await IndicatorChoices.ForAsync(db, plan.SchoolId, [], cancellationToken);
        return null;
    }
}
