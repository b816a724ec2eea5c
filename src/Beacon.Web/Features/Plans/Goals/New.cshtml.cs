using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Goals;

/// <summary>Adds a goal to a plan, within the district's limit on goals per plan.</summary>
public class NewModel(BeaconDbContext db, EditablePlans editable) : PageModel
{
    [BindProperty]
    public GoalForm Form { get; set; } = new();

    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Title)> DistrictGoals { get; private set; } = [];
    public string? LimitReached { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken) =>
        await LoadAsync(planId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (LimitReached is not null)
        {
            ModelState.AddModelError(string.Empty, LimitReached);
        }
        DistrictGoalChoices.Validate(Plan, Form, DistrictGoals, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var position = await db.PlanGoals.Where(g => g.PlanId == planId).Select(g => (int?)g.Position).MaxAsync(cancellationToken) ?? 0;
        db.PlanGoals.Add(new PlanGoal
        {
            Id = Guid.CreateVersion7(),
            PlanId = planId,
            Position = position + 1,
            Title = Form.Title.Trim(),
            Description = PlanForm.Clean(Form.Description),
            DistrictGoalId = Form.DistrictGoalId,
        });
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
        DistrictGoals = await DistrictGoalChoices.ForAsync(db, plan, cancellationToken);
        var limit = GoalLimit.Effective(await db.Districts.Select(d => d.MaxGoalsPerPlan).FirstAsync(cancellationToken));
        LimitReached = GoalLimit.RefusalToAdd(await db.PlanGoals.CountAsync(g => g.PlanId == planId, cancellationToken), limit);
        return null;
    }
}
