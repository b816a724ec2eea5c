using System.Runtime.InteropServices;
using Beacon.Bench.Shared;
using Beacon.Hosting;
using Beacon.Web.Ui;

namespace Beacon.Bench.Load;

/// <summary>
/// The district home, the schools list and the staffing equity report under wrk on loopback, each against the one-query
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
            var onePeak = await OneNodeAsync(options, run, nodeA);
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

    private static async Task<double> OneNodeAsync(BenchOptions options, LoadRun run, BeaconProcess node)
    {
        var cookie = await run.SignInAsync(node.Address);
        var startUp = node.WorkingSetMegabytes;
        Console.WriteLine($"  One node at {node.Address}:");
        var ceiling = await run.MeasureAsync("one-query endpoint", node.Address, BenchmarkEndpoint.Path, cookie);
        var home = await run.MeasureAsync("district home", node.Address, Home, cookie);
        var schools = await run.MeasureAsync("schools list", node.Address, Schools, cookie);
        var equity = await run.MeasureAsync("staffing equity report", node.Address, Equity, cookie);
        var peak = node.PeakWorkingSetMegabytes;

        foreach (var (page, report) in new[] { ("district home", home), ("schools list", schools), ("staffing equity report", equity) })
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
