using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Goals;

/// <summary>Changes a goal, or deletes it after a confirmation step.</summary>
public class EditModel(BeaconDbContext db, PlanAccess access) : PageModel
{
    [BindProperty]
    public GoalForm Form { get; set; } = new();

    public PlanGoal Goal { get; private set; } = null!;
    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Title)> DistrictGoals { get; private set; } = [];
    public bool Confirming { get; private set; }
    public string? CannotDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form = new GoalForm { Title = Goal.Title, Description = Goal.Description, DistrictGoalId = Goal.DistrictGoalId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        DistrictGoalChoices.Validate(Plan, Form, DistrictGoals, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Goal.Title = Form.Title.Trim();
        Goal.Description = PlanForm.Clean(Form.Description);
        Goal.DistrictGoalId = Form.DistrictGoalId;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = Plan.Id });
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Confirming = true;
        CannotDelete = await WhyNotDeletableAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (await WhyNotDeletableAsync(cancellationToken) is { } reason)
        {
            (Confirming, CannotDelete) = (true, reason);
            return Page();
        }
        db.PlanGoals.Remove(Goal);
        var later = await db.PlanGoals.Where(g => g.PlanId == Plan.Id && g.Position > Goal.Position).ToListAsync(cancellationToken);
        later.ForEach(g => g.Position--);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = Plan.Id });
    }

    private async Task<string?> WhyNotDeletableAsync(CancellationToken cancellationToken)
    {
        var served = await db.PlanGoals.CountAsync(g => g.DistrictGoalId == Goal.Id, cancellationToken);
        if (served > 0)
        {
            return $"{Ui.Plural.Of(served, "school goal")} {(served == 1 ? "serves" : "serve")} this goal. Align them to another district goal first, then delete this one.";
        }
        var reviewed = await db.GoalReviews.AnyAsync(g => g.GoalId == Goal.Id
            && db.ProgressReviews.Any(r => r.Id == g.ReviewId && r.SignedOffAt != null), cancellationToken);
        return reviewed
            ? "This goal is part of a signed-off progress review, which the board relies on, so it stays. Change its wording instead if it has moved on."
            : null;
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var goal = await db.PlanGoals.Include(g => g.Plan).FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (goal is null)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(goal.Plan!.SchoolId, cancellationToken))
        {
            return PlanAccess.Refuse();
        }
        (Goal, Plan) = (goal, goal.Plan);
        DistrictGoals = await DistrictGoalChoices.ForAsync(db, Plan, cancellationToken);
        return null;
    }
}
