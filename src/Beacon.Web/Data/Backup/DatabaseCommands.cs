using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data.Backup;

/// <summary>
/// <c>dotnet run --project src/Beacon.Web -- backup FILE</c>, <c>-- restore FILE</c> and the
/// features' <see cref="IMaintenanceCommand"/>s (e.g. <c>-- rebuild-survey-tallies</c>): the operator's commands, run against the database Beacon is
/// configured for, instead of serving.
/// </summary>
public static class DatabaseCommands
{
    /// <summary>Runs the command in <paramref name="args"/> if there is one; true when it ran (and the process should end).</summary>
    public static async Task<bool> TryRunAsync(this WebApplication app, string[] args)
    {
        if (args is [var name, ..] && await TryRunMaintenanceAsync(app, name))
        {
            return true;
        }
        if (args is not [("backup" or "restore") and var command, var file, ..])
        {
            return false;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var connectionString = db.Database.GetConnectionString()!;
        if (command == "backup")
        {
            await DatabaseBackup.BackupAsync(provider, connectionString, file);
            Console.WriteLine($"Backed up the {provider} database to {Path.GetFullPath(file)}.");
        }
        else
        {
            if ((await db.Database.GetAppliedMigrationsAsync()).Any())
            {
                Console.Error.WriteLine("The configured database is not empty. Restore into a new, empty database (a new SQLite file, or a newly created PostgreSQL database).");
                Environment.ExitCode = 1;
                return true;
            }
            await DatabaseBackup.RestoreAsync(provider, file, connectionString);
            Console.WriteLine($"Restored {Path.GetFullPath(file)} into the {provider} database.");
        }
        return true;
    }

    /// <summary>Runs the feature command of that name, if there is one, once the database is up to date.</summary>
    private static async Task<bool> TryRunMaintenanceAsync(WebApplication app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (scope.ServiceProvider.GetServices<IMaintenanceCommand>().FirstOrDefault(c => c.Name == name) is not { } command)
        {
            return false;
        }
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            Console.Error.WriteLine("The database is not up to date. Start Beacon once so it applies its migrations, then run this again.");
            Environment.ExitCode = 1;
            return true;
        }
        Console.WriteLine(await command.RunAsync(CancellationToken.None));
        return true;
    }
}
