using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Strategies;

/// <summary>Changes a strategy (or the goal it serves), or deletes it after a confirmation step.</summary>
public class EditModel(BeaconDbContext db, PlanAccess access) : PageModel
{
    [BindProperty]
    public StrategyForm Form { get; set; } = new();

    public Strategy Strategy { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Title)> Goals { get; private set; } = [];
    public IReadOnlyList<FrameworkChoices> Indicators { get; private set; } = [];
    public bool Confirming { get; private set; }
    public int ActionCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form = new StrategyForm
        {
            Title = Strategy.Title,
            Description = Strategy.Description,
            GoalId = Strategy.GoalId,
            IndicatorIds = Strategy.Indicators.Select(i => i.IndicatorId).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (Form.GoalId is { } chosen && Goals.All(g => g.Id != chosen))
        {
            ModelState.AddModelError("Form.GoalId", "Choose one of this plan's goals.");
        }
        if (!IndicatorChoices.TryApply(Strategy, Form.IndicatorIds, Indicators))
        {
            ModelState.AddModelError("Form.IndicatorIds", "One of the chosen indicators is no longer offered; choose again from the list.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Strategy.Title = Form.Title.Trim();
        Strategy.Description = PlanForm.Clean(Form.Description);
        Strategy.GoalId = Form.GoalId;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = Strategy.PlanId });
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Confirming = true;
        ActionCount = await db.PlanActions.CountAsync(a => a.StrategyId == id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        db.Strategies.Remove(Strategy);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = Strategy.PlanId });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.Include(s => s.Indicators).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (strategy is null)
        {
            return NotFound();
        }
        var schoolId = await db.Plans.Where(p => p.Id == strategy.PlanId).Select(p => p.SchoolId).FirstAsync(cancellationToken);
        if (!await access.CanEditAsync(schoolId, cancellationToken))
        {
            return PlanAccess.Refuse();
        }
        Strategy = strategy;
        Goals = await GoalChoices.ForPlanAsync(db, strategy.PlanId, cancellationToken);
        Indicators = await IndicatorChoices.ForAsync(db, schoolId, strategy.Indicators.Select(i => i.IndicatorId).ToList(), cancellationToken);
        return null;
    }
}
