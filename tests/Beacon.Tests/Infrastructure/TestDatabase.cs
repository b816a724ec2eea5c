using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Beacon.Tests.Infrastructure;

/// <summary>
/// A fresh database for one test fixture on the provider the run is for. Each is a copy of a
/// template migrated once per run (a file copy on SQLite, <c>CREATE DATABASE … TEMPLATE</c> on
/// PostgreSQL): migrating every fixture's database took a large share of the suite's time, and
/// the app still runs its migrations on start, finding nothing left to apply.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<string> SqliteTemplate = new(BuildSqliteTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> PostgresTemplate = new(BuildPostgresTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// A migrated database with no districts. SQLite: a file in <paramref name="folder"/>.
    /// PostgreSQL: a new database in the server test.sh started (BEACON_TEST_PG holds its connection string).
    /// </summary>
    public static string Create(string folder)
    {
        if (BeaconFactory.Provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(folder, "beacon.db");
            File.Copy(SqliteTemplate.Value, file, overwrite: true);
            return $"Data Source={file}";
        }
        return CreatePostgres($"TEMPLATE {PostgresTemplate.Value}");
    }

    /// <summary>A database with no tables at all, e.g. to restore a backup into.</summary>
    public static string CreateEmpty(string folder) =>
        BeaconFactory.Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(folder, "beacon.db")}"
            : CreatePostgres("");

    private static string CreatePostgres(string template)
    {
        var name = $"beacon_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name} {template}";
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    private static string Server => Environment.GetEnvironmentVariable("BEACON_TEST_PG")
        ?? throw new InvalidOperationException("BEACON_TEST_PG is not set: run the tests through ./test.sh, which starts PostgreSQL.");

    private static string BuildSqliteTemplate()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("beacon-test-template-").FullName, "beacon.db");
        var options = new DbContextOptionsBuilder<SqliteBeaconDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options;
        using (var db = new SqliteBeaconDbContext(options, new CurrentDistrict(new Microsoft.AspNetCore.Http.HttpContextAccessor())))
        {
            db.Database.Migrate();
        }
        SqliteConnection.ClearAllPools();
        return file;
    }

    private static string BuildPostgresTemplate()
    {
        var connectionString = CreatePostgres("");
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var options = new DbContextOptionsBuilder<PostgresBeaconDbContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString).Options;
        using (var db = new PostgresBeaconDbContext(options, new CurrentDistrict(new Microsoft.AspNetCore.Http.HttpContextAccessor())))
        {
            db.Database.Migrate();
        }
        return name;
    }
}
