using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing.Incentives;

[Authorize(Policy = Policies.DistrictLeadership)]
public class DetailsModel(BeaconDbContext db, IncentiveQuery query, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    public IncentiveRule Rule { get; private set; } = null!;
    public IncentiveSimulation Simulation { get; private set; } = new([], 0);

    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAdoptAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Rule.Adopted)
        {
            ModelState.AddModelError(string.Empty, "This rule is already adopted.");
        }
        else if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), string.Create(CultureInfo.CurrentCulture, $"Tick the box to confirm adopting a rule that costs {Simulation.TotalCost:N0} a year."));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Rule.Adopted = true;
        Rule.AdoptedAt = clock.GetUtcNow();
        Rule.AdoptedBy = currentUser.Name;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Rule.Adopted)
        {
            ModelState.AddModelError(string.Empty, "An adopted rule stays on record and cannot be deleted.");
            return Page();
        }
        db.IncentiveRules.Remove(Rule);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var rule = await db.IncentiveRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return false;
        }
        Rule = rule;
        Simulation = IncentiveEligibility.Simulate(rule, await query.TeacherAssignmentsAsync(cancellationToken));
        return true;
    }
}
