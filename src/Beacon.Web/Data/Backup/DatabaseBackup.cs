using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Beacon.Web.Data.Backup;

/// <summary>
/// Copies a live Beacon database to a file and back. SQLite uses its online backup (a consistent
/// copy while Beacon keeps running); PostgreSQL uses pg_dump's custom format and pg_restore, which
/// must be on the PATH (they come with the postgresql-client package).
/// </summary>
public static class DatabaseBackup
{
    public static async Task BackupAsync(DatabaseProvider provider, string connectionString, string file, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        if (provider == DatabaseProvider.Sqlite)
        {
            File.Delete(file);
            await using var source = new SqliteConnection(connectionString);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            return;
        }
        await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file", file], connectionString, cancellationToken);
    }

    /// <summary>Restores a backup into an empty database (a new SQLite file, or a freshly created PostgreSQL database).</summary>
    public static async Task RestoreAsync(DatabaseProvider provider, string file, string connectionString, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"There is no backup at {file}.", file);
        }
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            await using var target = new SqliteConnection(connectionString);
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            return;
        }
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await RunAsync("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", database, file], connectionString, cancellationToken);
    }

    private static async Task RunAsync(string tool, IReadOnlyList<string> arguments, string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The libpq variables keep the password off the command line, where other users could read it.
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGDATABASE"] = connection.Database;
        if (connection.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start; install postgresql-client.");
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Trim()}");
        }
    }
}
