using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Beacon.Web.Data;

public sealed class DatabaseHealthCheck(BeaconDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("database reachable")
            : HealthCheckResult.Unhealthy("database unreachable");
}
