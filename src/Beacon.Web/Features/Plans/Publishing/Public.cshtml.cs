using Beacon.Web.Data;
using Beacon.Web.Identity.Throttling;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Publishing;

/// <summary>
/// A district's public page: what it chose to publish of one plan, for anyone, without signing in.
/// The slug names the district; the page acts for it only to read the published figures. Limited
/// per address, like the certificate check.
/// </summary>
[AllowAnonymous]
[Throttled(ThrottledAction.PublicPage, IncludesGet = true)]
public class PublicModel(BeaconDbContext db, CurrentDistrict currentDistrict, PublicFiguresQuery query) : PageModel
{
    public PublicFigures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var district = await db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
            .Where(d => d.Slug == slug).Select(d => new { d.Id, d.Name }).FirstOrDefaultAsync(cancellationToken);
        if (district is null)
        {
            return NotFound();
        }
        using var _ = currentDistrict.Use(district.Id);
        if (await query.LoadAsync(district.Name, cancellationToken) is not { } figures)
        {
            return NotFound();
        }
        Figures = figures;
        return Page();
    }
}
