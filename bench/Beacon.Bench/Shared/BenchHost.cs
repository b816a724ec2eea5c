using Beacon.Web;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Beacon.Bench.Shared;

/// <summary>Beacon's services over the benchmark's database, without a web server: migrated and ready, no demo district.</summary>
public static class BenchHost
{
    /// <param name="settings">Configuration a benchmark needs over the defaults, e.g. a higher import size limit.</param>
    public static async Task<WebApplication> StartAsync(BenchOptions options, string? connection = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(["--environment", "Production"]);
        builder.Configuration["Database:Provider"] = options.IsPostgres ? "Postgres" : "Sqlite";
        builder.Configuration["ConnectionStrings:Beacon"] = connection ?? options.Connection;
        builder.Configuration["Beacon:SeedDemo"] = "false";
        // No job runner: benchmarks measure requests and imports, not the mail job beside them.
        builder.Configuration["Beacon:Jobs:Enabled"] = "false";
        builder.Configuration["Beacon:DataFolder"] = Path.Combine(Path.GetTempPath(), "beacon-bench-data");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }
        builder.Logging.ClearProviders();
        builder.AddBeaconServices();
        var app = builder.Build();
        await app.PrepareDatabaseAsync();
        return app;
    }
}
