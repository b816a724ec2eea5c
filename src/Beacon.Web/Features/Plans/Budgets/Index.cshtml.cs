using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Budgets;

/// <summary>The district's planned spending by plan, school and funding source; district administrators keep the list of sources here.</summary>
public class IndexModel(BeaconDbContext db, BudgetQuery query) : PageModel
{
    [BindProperty]
    public SourceForm Source { get; set; } = new();

    public BudgetTotals Totals { get; private set; } = BudgetRollup.Of([]);
    public IReadOnlyDictionary<Guid, string> Sources { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Plans { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Schools { get; private set; } = new Dictionary<Guid, string>();
    public bool ManagesSources => User.IsInRole(Roles.DistrictAdministrator);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSourceAsync(CancellationToken cancellationToken)
    {
        if (!ManagesSources)
        {
            return PlanAccess.Refuse();
        }
        await LoadAsync(cancellationToken);
        var name = Source.Name?.Trim();
        if (name is not null && Sources.Values.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Source.Name", "The district already has a funding source with this name.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.FundingSources.Add(new FundingSource { Id = Guid.CreateVersion7(), Name = name! });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Totals = BudgetRollup.Of(await query.LinesAsync(null, cancellationToken));
        Sources = await query.SourcesAsync(cancellationToken);
        Plans = await db.Plans.ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        Schools = await db.Schools.Where(s => db.Plans.Any(p => p.SchoolId == s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
    }
}
