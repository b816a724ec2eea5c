using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing.Incentives;

[Authorize(Policy = Policies.DistrictLeadership)]
public class IndexModel(BeaconDbContext db, IncentiveQuery query) : PageModel
{
    public IReadOnlyList<(IncentiveRule Rule, IncentiveSimulation Simulation)> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rules = await db.IncentiveRules.OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var assignments = rules.Count == 0 ? [] : await query.TeacherAssignmentsAsync(cancellationToken);
        Rules = rules.Select(r => (r, IncentiveEligibility.Simulate(r, assignments))).ToList();
    }
}
