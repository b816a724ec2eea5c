using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Measures;

/// <summary>Adds a measure to a goal: baseline, a target per year, and where the actuals come from.</summary>
public class NewModel(BeaconDbContext db, PlanAccess access) : PageModel
{
    [BindProperty]
    public MeasureForm Form { get; set; } = new();

    public PlanGoal Goal { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Metrics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid goalId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(goalId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form = MeasureForm.Blank(Goal.Plan!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid goalId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(goalId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form.Validate(Goal.Plan!, Metrics.Select(m => m.Id).ToList(), ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var position = await db.PlanMeasures.Where(m => m.GoalId == goalId).Select(m => (int?)m.Position).MaxAsync(cancellationToken) ?? 0;
        var measure = new PlanMeasure { Id = Guid.CreateVersion7(), GoalId = goalId, Position = position + 1, Name = "" };
        Form.ApplyTo(measure);
        db.PlanMeasures.Add(measure);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = Goal.PlanId });
    }

    private async Task<IActionResult?> LoadAsync(Guid goalId, CancellationToken cancellationToken)
    {
        var goal = await db.PlanGoals.Include(g => g.Plan).FirstOrDefaultAsync(g => g.Id == goalId, cancellationToken);
        if (goal is null)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(goal.Plan!.SchoolId, cancellationToken))
        {
            return PlanAccess.Refuse();
        }
        Goal = goal;
        Metrics = await MetricChoices.LoadAsync(db, cancellationToken);
        return null;
    }
}
