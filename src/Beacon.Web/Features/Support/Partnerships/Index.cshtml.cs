using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Partnerships;

[Authorize(Policy = Policies.DistrictLeadership)]
public class IndexModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<PartnershipRow> Partnerships { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Partnerships = await db.Partnerships.AsNoTracking()
            .OrderBy(p => p.SupportedSchool!.Name).ThenBy(p => p.StartsOn)
            .Select(p => new PartnershipRow(p.Id, p.SupportingSchool!.Name, p.SupportedSchool!.Name, p.StartsOn, p.EndsOn))
            .ToListAsync(cancellationToken);
}
