using System.Globalization;
using Beacon.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data.Backup;

/// <summary>
/// <c>dotnet run --project src/Beacon.Web -- backup FILE</c>, <c>-- restore FILE</c> and
/// <c>-- rebuild-survey-tallies</c>: the operator's commands, run against the database Beacon is
/// configured for, instead of serving.
/// </summary>
public static class DatabaseCommands
{
    public const string RebuildSurveyTallies = "rebuild-survey-tallies";

    /// <summary>Runs the command in <paramref name="args"/> if there is one; true when it ran (and the process should end).</summary>
    public static async Task<bool> TryRunAsync(this WebApplication app, string[] args)
    {
        if (args is [RebuildSurveyTallies, ..])
        {
            await RebuildSurveyTalliesAsync(app);
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

    /// <summary>Recomputes every survey's tallies from the stored answers (they are kept with each submission; this is for repair).</summary>
    private static async Task RebuildSurveyTalliesAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            Console.Error.WriteLine("The database is not up to date. Start Beacon once so it applies its migrations, then run this again.");
            Environment.ExitCode = 1;
            return;
        }
        var surveys = await scope.ServiceProvider.GetRequiredService<SurveyTallies>().RebuildAllAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rebuilt the tallies of {surveys} surveys from their answers."));
    }
}
