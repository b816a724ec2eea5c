using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Admin.DistrictSettings;

/// <summary>
/// The district's logo for its own members, with the type recognised when it was uploaded. The address
/// carries the logo's version, so browsers may keep it; a new logo gets a new address.
/// </summary>
[Authorize(Policy = Policies.DistrictMember)]
public class LogoModel(BeaconDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var logo = await db.Districts.Where(d => d.LogoContentType != null)
            .Select(d => new { d.Logo, d.LogoContentType })
            .FirstOrDefaultAsync(cancellationToken);
        if (logo?.Logo is null || logo.LogoContentType is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, max-age=86400";
        return File(logo.Logo, logo.LogoContentType);
    }
}
