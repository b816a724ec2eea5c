using Beacon.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data;

/// <summary>
/// Keeps SQLite's query-planner statistics current. Without them SQLite picks an index by rule of thumb,
/// and every tenant filter offers it the <c>DistrictId</c> index: in a one-district metro database that
/// index matches every row, so a count of one school's invitations read all 80,000 (140 ms instead of
/// under 1). <c>PRAGMA optimize=0x10012</c> analyses the tables whose statistics are missing or stale
/// (grown or shrunk 25-fold) across all tables (0x10000), under SQLite's own analysis limit (0x10), and does nothing otherwise. PostgreSQL's
/// autovacuum keeps its statistics itself, so this is SQLite only.
/// </summary>
public static class PlannerStatistics
{
    public static async Task RefreshAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10012;", cancellationToken);
        }
    }
}

/// <summary>Refreshes the planner statistics as data grows between restarts (after imports, term by term).</summary>
public sealed class PlannerStatisticsJob(BeaconDbContext db) : IBeaconJob
{
    public Task RunAsync(CancellationToken cancellationToken) => PlannerStatistics.RefreshAsync(db, cancellationToken);
}
