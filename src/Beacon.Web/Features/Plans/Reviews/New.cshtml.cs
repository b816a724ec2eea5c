using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Reviews;

/// <summary>Starts a quarterly progress review of a plan, with a row for each of its goals.</summary>
public class NewModel(BeaconDbContext db, PlanAccess access, EditablePlans editable, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Choose the school year reviewed.")]
    [Display(Name = "School year")]
    public int? Year { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Choose the quarter reviewed.")]
    [Range(1, 4, ErrorMessage = "Choose a quarter from 1 to 4.")]
    [Display(Name = "Quarter")]
    public int? Quarter { get; set; }

    public Plan Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Year = Math.Clamp(PlanCalendar.SchoolYearOf(today), Plan.StartYear, Plan.EndYear);
        Quarter = PlanCalendar.CurrentQuarter(today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (Year is { } y && (y < Plan.StartYear || y > Plan.EndYear))
        {
            ModelState.AddModelError(nameof(Year), "Choose a school year within the plan's period.");
        }
        if (ModelState.IsValid && await db.ProgressReviews.FirstOrDefaultAsync(r => r.PlanId == planId && r.Year == Year && r.Quarter == Quarter, cancellationToken) is { } existing)
        {
            ModelState.AddModelError(nameof(Quarter), $"This quarter already has a review ({existing.Label}). Open it from the plan to continue it.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var review = new ProgressReview
        {
            Id = Guid.CreateVersion7(),
            PlanId = planId,
            Year = Year!.Value,
            Quarter = Quarter!.Value,
            CreatedBy = access.ActorName,
        };
        foreach (var goalId in await db.PlanGoals.Where(g => g.PlanId == planId).OrderBy(g => g.Position).Select(g => g.Id).ToListAsync(cancellationToken))
        {
            review.Goals.Add(new GoalReview { GoalId = goalId });
        }
        db.ProgressReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = review.Id });
    }

    private async Task<IActionResult?> LoadAsync(Guid planId, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await editable.FindAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal;
        }
        Plan = plan;
        return null;
    }
}
