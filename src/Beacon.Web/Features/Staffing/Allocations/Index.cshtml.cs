using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing.Allocations;

[Authorize(Policy = Policies.DistrictLeadership)]
public class IndexModel(BeaconDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Name, string Kind, string Year, decimal Total, decimal CostPerPosition, bool IsDecision, string CreatedBy, DateTimeOffset CreatedAt);

    public IReadOnlyList<Row> Scenarios { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.AllocationScenarios
            .Select(s => new Row(s.Id, s.Name, s.PositionKind, s.SchoolYear!.Name, s.TotalPositions, s.CostPerPosition, s.IsDecision, s.CreatedBy, s.CreatedAt))
            .ToListAsync(cancellationToken);
        Scenarios = rows.OrderByDescending(r => r.Year).ThenBy(r => r.Kind).ThenByDescending(r => r.CreatedAt).ToList();
    }
}
