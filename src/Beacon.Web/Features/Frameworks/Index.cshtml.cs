using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Frameworks;

/// <summary>The district's frameworks: the shipped packs and its own, with which ones it has adopted.</summary>
public class IndexModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<Row> Frameworks { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public bool CanAdopt => User.IsInRole(Roles.DistrictAdministrator) || User.IsInRole(Roles.DistrictLeader);

    public bool CanAuthor => User.IsInRole(Roles.DistrictAdministrator);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Frameworks = await db.Frameworks
            .OrderByDescending(f => f.Adopted).ThenBy(f => f.Name)
            .Select(f => new Row(
                f.Id, f.Name, f.PackKey != null, f.Adopted,
                db.FrameworkVersions.Where(v => v.Id == f.CurrentVersionId).Select(v => v.Number).FirstOrDefault(),
                db.Indicators.Count(i => i.FrameworkVersionId == f.CurrentVersionId)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAdoptAsync(Guid id, bool adopted, CancellationToken cancellationToken)
    {
        if (!CanAdopt)
        {
            return Forbid();
        }
        var framework = await db.Frameworks.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (framework is null)
        {
            return NotFound();
        }
        framework.Adopted = adopted;
        await db.SaveChangesAsync(cancellationToken);
        Notice = adopted
            ? $"“{framework.Name}” is adopted: leaders can now open self-assessment cycles on it."
            : $"“{framework.Name}” is no longer adopted. Its past cycles stay; no new cycle can be opened on it.";
        return RedirectToPage();
    }

    public sealed record Row(Guid Id, string Name, bool Shipped, bool Adopted, int Version, int Indicators);
}
