using Beacon.Web.Data;
using Npgsql;

namespace Beacon.Tests.Infrastructure;

/// <summary>A fresh, empty database for one test fixture on the provider the run is for.</summary>
public static class TestDatabase
{
    /// <summary>
    /// SQLite: a file in <paramref name="folder"/>. PostgreSQL: a new database in the server
    /// test.sh started (BEACON_TEST_PG holds its connection string).
    /// </summary>
    public static string Create(string folder)
    {
        if (BeaconFactory.Provider == DatabaseProvider.Sqlite)
        {
            return $"Data Source={Path.Combine(folder, "beacon.db")}";
        }
        var server = Environment.GetEnvironmentVariable("BEACON_TEST_PG")
            ?? throw new InvalidOperationException("BEACON_TEST_PG is not set: run the tests through ./test.sh, which starts PostgreSQL.");
        var name = $"beacon_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
