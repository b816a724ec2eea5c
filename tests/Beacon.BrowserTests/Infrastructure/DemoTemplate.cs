using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Beacon.BrowserTests.Infrastructure;

/// <summary>
/// The demo district seeded once per test run into a template SQLite file, which each test class's
/// server starts from as a copy: seeding takes far longer than copying, and every class still gets
/// a database of its own to change.
/// </summary>
public static class DemoTemplate
{
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Writes a copy of the seeded demo database to <paramref name="file"/>.</summary>
    /// <remarks>
    /// A plain file copy: the template is left in rollback-journal mode with nothing pending, so the
    /// one file is the whole database and no reader ever has to recover a write-ahead log (several
    /// classes opening a WAL template at once made SQLite answer "database is locked").
    /// </remarks>
    public static void CopyTo(string file) => File.Copy(Template.Value, file, overwrite: true);

    private static string Build()
    {
        var folder = Directory.CreateTempSubdirectory("beacon-demo-template-").FullName;
        var file = Path.Combine(folder, "beacon.db");
        using (var seeding = new SeedingFactory(folder, file))
        {
            // Starting the host migrates and seeds (Program runs PrepareDatabaseAsync before serving).
            _ = seeding.Services;
        }
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Beacon turns WAL back on when it opens its copy (DatabaseStartup).
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            command.ExecuteNonQuery();
        }
        return file;
    }

    private sealed class SeedingFactory(string folder, string file) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Test");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Beacon", $"Data Source={file}");
            builder.UseSetting("Beacon:SeedDemo", "true");
            builder.UseSetting("Beacon:DataFolder", folder);
        }
    }
}
