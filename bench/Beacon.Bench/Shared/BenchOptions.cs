using System.Globalization;

namespace Beacon.Bench.Shared;

/// <summary>The command line every benchmark shares: <c>--provider sqlite|postgres</c>, <c>--connection</c>, <c>--scale</c>, <c>--results FILE</c>.</summary>
public sealed class BenchOptions(string[] args)
{
    public string[] Args { get; } = args;

    public bool IsPostgres => Text("--provider", "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase);

    public string ProviderName => IsPostgres ? "PostgreSQL" : "SQLite";

    /// <summary>The database to use; by default a new SQLite file in the temp folder (PostgreSQL needs one given).</summary>
    public string Connection => Text("--connection", "") is { Length: > 0 } given
        ? given
        : IsPostgres
            ? throw new ArgumentException("--provider postgres needs --connection \"Host=...;Port=...;Username=...;Database=...\"")
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"beacon-bench-{Guid.NewGuid():N}.db")}";

    public string Scale => Text("--scale", "demo");

    /// <summary>A tab-separated file each benchmark appends its figures to (the report reads it); none when not given.</summary>
    public string? ResultsFile => Text("--results", "") is { Length: > 0 } file ? file : null;

    public int Int(string name, int fallback) =>
        int.TryParse(Text(name, ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public string Text(string name, string fallback)
    {
        var at = Array.IndexOf(Args, name);
        return at >= 0 && at + 1 < Args.Length ? Args[at + 1] : fallback;
    }

    public bool Flag(string name) => Array.IndexOf(Args, name) >= 0;
}
