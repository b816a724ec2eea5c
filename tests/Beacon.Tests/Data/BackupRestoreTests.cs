using System.Data.Common;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Data.Backup;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Beacon.Tests.Data;

[Trait("Category", "Database")]
public sealed class BackupRestoreTests(BeaconFactory factory) : IClassFixture<BeaconFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-backup-").FullName;

    [Fact]
    public async Task Backup_RestoredIntoAFreshDatabase_HoldsTheSameRowsInEveryTable()
    {
        var district = await factory.CreateDistrictAsync();
        await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            db.Schools.AddRange(
                new School { SourceId = "b-1", Name = "Backup Elementary", Enrollment = 310, PovertyPercent = 61.5 },
                new School { SourceId = "b-2", Name = "Restore Middle", Enrollment = 540 });
            await db.SaveChangesAsync();
        });
        var file = Path.Combine(_folder, BeaconFactory.Provider == DatabaseProvider.Sqlite ? "beacon-backup.db" : "beacon.dump");
        var fresh = TestDatabase.CreateEmpty(Path.Combine(_folder, "restored"));
        Directory.CreateDirectory(Path.Combine(_folder, "restored"));

        await DatabaseBackup.BackupAsync(BeaconFactory.Provider, factory.ConnectionString, file, TestContext.Current.CancellationToken);
        await DatabaseBackup.RestoreAsync(BeaconFactory.Provider, file, fresh, TestContext.Current.CancellationToken);

        var tables = await factory.InScopeAsync(null, (_, db) => Task.FromResult(
            db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Append("__EFMigrationsHistory").Distinct().Order().ToList()));
        var original = await RowsAsync(factory.ConnectionString, tables);
        var restored = await RowsAsync(fresh, tables);
        Assert.Equal(original, restored);
        Assert.StartsWith("Schools: Backup Elementary|Restore Middle of ", restored[tables.IndexOf("Schools")], StringComparison.Ordinal);
    }

    /// <summary>Per table its row count, and for schools the names in order, read with plain SQL.</summary>
    private static async Task<List<string>> RowsAsync(string connectionString, IReadOnlyList<string> tables)
    {
        await using DbConnection connection = BeaconFactory.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            var count = Convert.ToInt64(await command.ExecuteScalarAsync());
            if (table == "Schools")
            {
                command.CommandText = "SELECT \"Name\" FROM \"Schools\" WHERE \"SourceId\" LIKE 'b-%' ORDER BY \"Name\"";
                var names = new List<string>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
                rows.Add($"Schools: {string.Join("|", names)} of {count}");
                continue;
            }
            rows.Add($"{table}: {count}");
        }
        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up.
        }
    }
}
