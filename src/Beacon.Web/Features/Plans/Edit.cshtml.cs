using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>Changes a plan's title, period, mission and vision.</summary>
public class EditModel(BeaconDbContext db, PlanAccess access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PlanForm Form { get; set; } = new();

    public Plan Plan { get; private set; } = null!;
    public int FirstYearFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form = new PlanForm { Title = Plan.Title, StartYear = Plan.StartYear, Years = Plan.Years, Mission = Plan.Mission, Vision = Plan.Vision };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Plan.Title = Form.Title.Trim();
        Plan.StartYear = Form.StartYear!.Value;
        Plan.Years = Form.Years!.Value;
        Plan.Mission = PlanForm.Clean(Form.Mission);
        Plan.Vision = PlanForm.Clean(Form.Vision);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(plan.SchoolId, cancellationToken))
        {
            return PlanAccess.Refuse();
        }
        Plan = plan;
        FirstYearFrom = Math.Min(plan.StartYear, PlanCalendar.SchoolYearOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) - 2);
        return null;
    }
}
