using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Actions;

/// <summary>Changes an action (its status most often), or deletes it after a confirmation step.</summary>
public class EditModel(BeaconDbContext db, PlanAccess access, PeoplePicker people) : PageModel
{
    [BindProperty]
    public ActionForm Form { get; set; } = new();

    public PlanAction Action { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Title)> Strategies { get; private set; } = [];
    public PeopleChoice Owners { get; private set; } = null!;
    public bool Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form = ActionForm.From(Action);
        return await ShowAsync(search: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!await Form.TryApplyAsync(Action, Strategies, people, ModelState, cancellationToken))
        {
            return await ShowAsync(search: false, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = Action.PlanId });
    }

    /// <summary>The people picker's "Find people": the form again, as typed, with whoever matches the search to choose from.</summary>
    public async Task<IActionResult> OnPostFindPeopleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        ModelState.Clear();
        return await ShowAsync(search: true, cancellationToken);
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
        db.PlanActions.Remove(Action);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Details", new { id = Action.PlanId });
    }

    private async Task<IActionResult> ShowAsync(bool search, CancellationToken cancellationToken)
    {
        Owners = await Form.OwnerChoiceAsync(people, search, cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var action = await db.PlanActions.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null)
        {
            return NotFound();
        }
        var schoolId = await db.Plans.Where(p => p.Id == action.PlanId).Select(p => p.SchoolId).FirstAsync(cancellationToken);
        if (!await access.CanEditAsync(schoolId, cancellationToken))
        {
            return PlanAccess.Refuse();
        }
        Action = action;
        Strategies = await StrategyChoices.ForPlanAsync(db, action.PlanId, cancellationToken);
        return null;
    }
}
