using Beacon.Web.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations, seeds the demo district into an empty database (unless Beacon:SeedDemo is false),
    /// then runs the features' <see cref="IStartupWork"/> in the order they were registered, and refreshes
    /// the planner's statistics (<see cref="PlannerStatistics"/>).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; synchronous=FULL makes each
            // acknowledged commit survive a crash of the process or the machine.
            await using var connection = new SqliteConnection(db.Database.GetConnectionString());
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync();
        }
        await db.Database.MigrateAsync();

        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        await seeder.SeedAsync();
        foreach (var work in scope.ServiceProvider.GetServices<IStartupWork>())
        {
            await work.RunAsync(CancellationToken.None);
        }
        await PlannerStatistics.RefreshAsync(db, CancellationToken.None);
    }
}
