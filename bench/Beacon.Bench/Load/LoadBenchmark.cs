using System.Runtime.InteropServices;
using Beacon.Bench.Generate;
using Beacon.Bench.Shared;
using Beacon.Hosting;
using Beacon.Web.Ui;

namespace Beacon.Bench.Load;

/// <summary>
/// The district home, the schools list, the staff list, the staffing equity report, each role's home and the survey
/// answer page under wrk on loopback, each against the one-query
/// endpoint measured in the same run on the same server (the framework's ceiling), and the
/// server's peak working set. On PostgreSQL also the schools list through nginx in front of one
/// node and of two nodes sharing the database (no sticky sessions). Runs over a database that
/// <c>generate</c> filled; every process it starts is stopped when it ends, however it ends.
/// </summary>
public static class LoadBenchmark
{
    private const string Home = "/";
    private const string Schools = "/Schools";
    private const string Equity = "/Staffing/Equity";
    private const string Staff = "/Staff";

    public static async Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        if (options.Text("--connection", "") is not { Length: > 0 } connection)
        {
            throw new ArgumentException("load needs --connection to a database `generate --scale <scale>` filled.");
        }
        using var stop = new CancellationTokenSource();
        // Ctrl+C or a TERM ends the run through the finally blocks, so no Beacon, nginx or wrk is left behind.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        var run = new LoadRun(options, stop.Token);
        var answerPage = await PrepareAsync(options, connection, run.User);
        var folder = Directory.CreateTempSubdirectory("beacon-load-").FullName;
        Console.WriteLine($"Load benchmark on {options.ProviderName}, scale {options.Scale}: {run.Seconds} s per address after {run.WarmUpSeconds} s warm-up, " +
            $"{run.Connections} connections on {run.Threads} wrk threads, {Environment.ProcessorCount} cores shared by wrk, nginx and the servers");
        try
        {
            var nodeOptions = new BeaconNodeOptions(options.IsPostgres ? "Postgres" : "Sqlite", connection, folder)
            {
                Settings = new Dictionary<string, string> { ["Beacon:SeedDemo"] = "false", ["Beacon:Benchmarks:Enabled"] = "true" },
            };
            await using var nodeA = await BeaconProcess.StartAsync(nodeOptions, stop.Token);
            var onePeak = await OneNodeAsync(options, run, nodeA, answerPage);
            if (options.IsPostgres)
            {
                await TwoNodesAsync(options, run, nodeOptions, nodeA, onePeak, folder);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean up.
            }
        }
    }

    /// <summary>
    /// On the generated district (not on a database someone names with --user): the role accounts the homes need,
    /// and an open survey with one link, whose answer page is measured (a GET never uses the link up).
    /// </summary>
    private static async Task<string?> PrepareAsync(BenchOptions options, string connection, string user)
    {
        var profile = ScaleProfile.For(options.Scale);
        if (!string.Equals(user, profile.AdminEmail, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        await using var app = await BenchHost.StartAsync(options, connection);
        if (await BenchDistricts.FindAsync(app.Services, profile.Slug) is not ({ } district, { } survey))
        {
            throw new InvalidOperationException($"The database has no generated district {profile.Slug}: run `generate --scale {profile.Scale}` first.");
        }
        await BenchAccounts.EnsureAsync(app.Services, profile, district);
        var (_, codes) = await BenchOpenSurvey.CreateAsync(app.Services, district, survey, 1, "Load benchmark survey");
        return $"/Surveys/Take?code={codes[0]}";
    }

    private static async Task<double> OneNodeAsync(BenchOptions options, LoadRun run, BeaconProcess node, string? answerPage)
    {
        var cookie = await run.SignInAsync(node.Address);
        var startUp = node.WorkingSetMegabytes;
        Console.WriteLine($"  One node at {node.Address}:");
        var ceiling = await run.MeasureAsync("one-query endpoint", node.Address, BenchmarkEndpoint.Path, cookie);
        var pages = new List<(string Page, WrkReport Report)>
        {
            ("district home", await run.MeasureAsync("district home", node.Address, Home, cookie)),
            ("schools list", await run.MeasureAsync("schools list", node.Address, Schools, cookie)),
            ("staff list", await run.MeasureAsync("staff list", node.Address, Staff, cookie)),
            ("staffing equity report", await run.MeasureAsync("staffing equity report", node.Address, Equity, cookie)),
        };
        if (answerPage is not null)
        {
            var profile = ScaleProfile.For(options.Scale);
            foreach (var (home, _, _) in BenchAccounts.All)
            {
                var label = $"{home}'s home";
                pages.Add((label, await run.MeasureAsync(label, node.Address, Home, await run.SignInAsync(node.Address, BenchAccounts.Email(home, profile)))));
            }
            pages.Add(("survey answer page", await run.MeasureAsync("survey answer page", node.Address, answerPage, cookie)));
        }
        var peak = node.PeakWorkingSetMegabytes;

        foreach (var (page, report) in pages)
        {
            Result(options, $"{page} requests/s", report.RequestsPerSecond, "requests/s", "one-query endpoint requests/s", ceiling.RequestsPerSecond);
            Result(options, $"{page} p99 latency", report.LatencyP99Ms, "ms", "one-query endpoint p99 latency", ceiling.LatencyP99Ms);
        }
        Result(options, "peak working set (one node)", peak, "MB", "working set after start-up and sign-in", startUp);
        return peak;
    }

    private static async Task TwoNodesAsync(BenchOptions options, LoadRun run, BeaconNodeOptions nodeOptions, BeaconProcess nodeA, double onePeak, string folder)
    {
        WrkReport oneNode;
        await using (var proxy = await Nginx.StartAsync(Path.Combine(folder, "nginx-one"), [nodeA.Address]))
        {
            Console.WriteLine($"  nginx at {proxy.Address} in front of one node:");
            oneNode = await run.MeasureAsync("schools list, one node through nginx", proxy.Address, Schools, await run.SignInAsync(proxy.Address));
        }

        nodeA.ResetPeakWorkingSet();
        await using var nodeB = await BeaconProcess.StartAsync(nodeOptions, run.Stopping);
        await using var pair = await Nginx.StartAsync(Path.Combine(folder, "nginx-two"), [nodeA.Address, nodeB.Address]);
        Console.WriteLine($"  nginx at {pair.Address} in front of two nodes ({nodeA.Address}, {nodeB.Address}):");
        var cookie = await run.SignInAsync(pair.Address);
        // The sign-in went through the proxy to one node; each node must honour it, or wrk would measure redirects.
        await run.RequireOkAsync(nodeA.Address, cookie, Schools);
        await run.RequireOkAsync(nodeB.Address, cookie, Schools);
        var twoNodes = await run.MeasureAsync("schools list, two nodes through nginx", pair.Address, Schools, cookie);

        Result(options, "schools list requests/s, two nodes through nginx", twoNodes.RequestsPerSecond, "requests/s",
            "schools list requests/s, one node through nginx", oneNode.RequestsPerSecond);
        Result(options, "peak working set, node A of two", nodeA.PeakWorkingSetMegabytes, "MB", "peak working set (one node)", onePeak);
        Result(options, "peak working set, node B of two", nodeB.PeakWorkingSetMegabytes, "MB", "peak working set (one node)", onePeak);
    }

    private static void Result(BenchOptions options, string measure, double figure, string unit, string reference, double referenceFigure) =>
        new BenchResult("load", options.ProviderName, options.Scale, measure, figure, unit, reference, referenceFigure).Record(options);
}
