using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Communities;

/// <summary>Learning communities as district leaders see them: aggregates only.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class OverviewModel(CommunityOverviewQuery query) : PageModel
{
    public CommunityOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await query.RunAsync(cancellationToken);
}
