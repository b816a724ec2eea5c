using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Measures;

/// <summary>Changes a measure's targets and entered actuals, or deletes it after a confirmation step.</summary>
public class EditModel(BeaconDbContext db, PlanAccess access) : PageModel
{
    [BindProperty]
    public MeasureForm Form { get; set; } = new();

    public PlanMeasure Measure { get; private set; } = null!;
    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Metrics { get; private set; } = [];
    public bool Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form = MeasureForm.From(Measure, Plan);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form.Validate(Plan, Metrics.Select(m => m.Id).ToList(), ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Form.ApplyTo(Measure);
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
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        db.PlanMeasures.Remove(Measure);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = Plan.Id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var measure = await db.PlanMeasures.Include(m => m.YearValues).Include(m => m.Goal).ThenInclude(g => g!.Plan)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measure is null)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(measure.Goal!.Plan!.SchoolId, cancellationToken))
        {
            return PlanAccess.Refuse();
        }
        (Measure, Plan) = (measure, measure.Goal.Plan);
        Metrics = await MetricChoices.LoadAsync(db, cancellationToken);
        return null;
    }
}
