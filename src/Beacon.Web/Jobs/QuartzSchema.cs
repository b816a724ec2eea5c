using Beacon.Web.Data;

namespace Beacon.Web.Jobs;

/// <summary>
/// Quartz's own tables, as the migration that creates them runs them: Quartz 4.7.3's schema script
/// for the provider (embedded beside this file, taken unchanged from the package), with the table
/// prefix <c>qrtz_</c>. A later Quartz that changes its schema gets a new script and a new migration;
/// these files are never edited.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "qrtz_";

    /// <summary>The tables the script creates, for the migration's Down.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "job_status", "misfire_history", "execution_history", "locks", "scheduler_state", "fired_triggers",
        "paused_job_grps", "paused_trigger_grps", "calendars", "blob_triggers", "simprop_triggers",
        "cron_triggers", "simple_triggers", "triggers", "job_details",
    ];

    /// <summary>The statements of the script for <paramref name="provider"/>, one per command.</summary>
    public static IReadOnlyList<string> CreateStatements(DatabaseProvider provider)
    {
        var name = provider == DatabaseProvider.Postgres ? "postgres" : "sqlite";
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream($"Beacon.Web.Jobs.quartz-4.7.3-{name}.sql")
            ?? throw new InvalidOperationException($"The Quartz schema script for {name} is not embedded.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        return script.Split("\n--;;", StringSplitOptions.TrimEntries)
            .Select(s => string.Join('\n', s.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0)
            .ToList();
    }

    public static IEnumerable<string> DropStatements() => Tables.Select(t => $"DROP TABLE IF EXISTS {TablePrefix}{t};");
}
