using Beacon.Web.Data;
using Beacon.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Imports;

/// <summary>
/// Deletes uploads nobody confirmed or discarded within <see cref="ImportOptions.AbandonedAfter"/>:
/// each holds the whole file (up to 20 MiB) and would otherwise stay for ever. Runs for every
/// district, so it reads past the tenant filter; it only ever deletes runs still awaiting confirmation.
/// </summary>
public sealed class AbandonedImportPurge(BeaconDbContext db, IOptions<ImportOptions> options, TimeProvider clock, ILogger<AbandonedImportPurge> logger) : IBeaconJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var deleted = await PurgeAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} import uploads never confirmed", deleted);
        }
    }

    public Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow() - options.Value.AbandonedAfter;
        return db.ImportRuns.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
            .Where(r => r.Status == ImportStatus.AwaitingConfirmation && r.UploadedAt < before)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
