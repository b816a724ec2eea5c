using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Beacon.Bench.Load;
using Beacon.Bench.Shared;
using Beacon.Hosting;

namespace Beacon.Bench.SignIn;

/// <summary>
/// Whether sign-in's time tells an outsider that an address has an account: a wrong password for
/// the scale's administrator against the same password for an address without an account, posted
/// alternately to one Beacon process in the same run. A ratio near 1 gives nothing away; before the
/// decoy hash an unknown address answered some 30 times faster. Lockout and the sign-in throttle are
/// lifted for the benchmark's own node, or its wrong passwords would be refused after a handful.
/// </summary>
public static partial class SignInTimingBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        if (options.Text("--connection", "") is not { Length: > 0 } connection)
        {
            throw new ArgumentException("signin needs --connection to a database `generate --scale <scale>` filled.");
        }
        var runs = options.Int("--runs", 40);
        var account = options.Text("--user", $"admin@bench-{options.Scale}.example");
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        var folder = Directory.CreateTempSubdirectory("beacon-signin-").FullName;
        try
        {
            var nodeOptions = new BeaconNodeOptions(options.IsPostgres ? "Postgres" : "Sqlite", connection, folder)
            {
                Settings = new Dictionary<string, string>
                {
                    ["Beacon:SeedDemo"] = "false",
                    ["Beacon:Lockout:MaxFailedAttempts"] = "1000000",
                    ["Beacon:Throttle:SignInPerAddress:Permits"] = "1000000",
                    ["Beacon:Throttle:SignInFailuresPerAccountAndAddress:Permits"] = "1000000",
                },
            };
            await using var node = await BeaconProcess.StartAsync(nodeOptions, stop.Token);
            Console.WriteLine($"Sign-in timing on {options.ProviderName}, scale {options.Scale}: {runs} wrong passwords each for {account} and an unknown address, alternately");
            var (existing, unknown) = await MeasureAsync(node.Address, account, runs, stop.Token);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  existing account: median {existing.Median.TotalMilliseconds:0.0} ms, p95 {existing.P95.TotalMilliseconds:0.0} ms; " +
                $"unknown address: median {unknown.Median.TotalMilliseconds:0.0} ms, p95 {unknown.P95.TotalMilliseconds:0.0} ms"));
            new BenchResult("signin", options.ProviderName, options.Scale, "sign-in median, unknown address", unknown.Median.TotalMilliseconds, "ms",
                "sign-in median, existing account (wrong password)", existing.Median.TotalMilliseconds).Record(options);
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

    private static async Task<(Timing Existing, Timing Unknown)> MeasureAsync(Uri address, string account, int runs, CancellationToken cancellationToken)
    {
        var (http, _, token) = await SignedIn.OpenFormAsync(address, cancellationToken);
        using var client = http;
        var unknownAccount = $"nobody.{Guid.NewGuid():N}@bench.example";

        async Task<TimeSpan> AttemptAsync(string email)
        {
            var watch = Stopwatch.StartNew();
            using var response = await SignedIn.PostAsync(http, email, "Not-The-Password-0000", token, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var elapsed = watch.Elapsed;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"A wrong password for {email} answered {(int)response.StatusCode}, not the form again.");
            }
            return elapsed;
        }

        // One warm-up each (JIT, the decoy hash), then alternate so drift in the machine's load hits both alike.
        await AttemptAsync(account);
        await AttemptAsync(unknownAccount);
        var existing = new List<TimeSpan>(runs);
        var unknown = new List<TimeSpan>(runs);
        for (var run = 0; run < runs; run++)
        {
            existing.Add(await AttemptAsync(account));
            unknown.Add(await AttemptAsync(unknownAccount));
        }
        return (Timing.Of(existing), Timing.Of(unknown));
    }
}
