using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Measures;

public static class MetricChoices
{
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> LoadAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        var metrics = await db.Measures.OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        return metrics.Select(m => (m.Id, m.Name)).ToList();
    }
}
