using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>One plan whole: mission, vision, goals with measures, strategies and actions, and its reviews.</summary>
public class DetailsModel(BeaconDbContext db, PlanReader reader, PlanAccess access, Feedback.FeedbackCircle feedback) : PageModel
{
    public PlanView View { get; private set; } = null!;
    public PlanHeader? DistrictPlan { get; private set; }
    public bool CanEdit { get; private set; }
    public bool SeesFeedback { get; private set; }
    public int GoalLimit { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await reader.ReadAsync(id, ReviewChoice.Latest, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }
        View = view;
        Today = reader.Today;
        CanEdit = await access.CanEditAsync(view.Plan.SchoolId, cancellationToken);
        SeesFeedback = await feedback.OpenAsync(id, cancellationToken) is not null;
        GoalLimit = Plans.GoalLimit.Effective(await db.Districts.Select(d => d.MaxGoalsPerPlan).FirstAsync(cancellationToken));
        if (view.Plan.DistrictPlanId is { } parent)
        {
            DistrictPlan = await db.Plans.Where(p => p.Id == parent)
                .Select(p => new PlanHeader(p.Id, p.Title, null, null, null, null, p.StartYear, p.Years, p.Mission, p.Vision))
                .FirstOrDefaultAsync(cancellationToken);
        }
        return Page();
    }
}
