using System.Globalization;
using Beacon.Bench.Shared;
using Beacon.Hosting;

namespace Beacon.Bench.Load;

/// <summary>How hard and how long wrk pushes each address, and who signs in; one measurement of one path on one address.</summary>
public sealed class LoadRun(BenchOptions options, CancellationToken cancellationToken)
{
    public int Seconds { get; } = options.Int("--duration", 15);
    public int WarmUpSeconds { get; } = options.Int("--warmup", 3);
    public int Connections { get; } = options.Int("--connections", 16);
    public int Threads { get; } = options.Int("--threads", 2);
    public string User { get; } = options.Text("--user", $"admin@bench-{options.Scale}.example");
    public string Password { get; } = options.Text("--password", "Beacon-Bench-2026");

    public CancellationToken Stopping => cancellationToken;

    public Task<string> SignInAsync(Uri address) => SignedIn.CookieHeaderAsync(address, User, Password, cancellationToken);

    /// <summary>Another account of the district (the role homes), with the same password.</summary>
    public Task<string> SignInAsync(Uri address, string user) => SignedIn.CookieHeaderAsync(address, user, Password, cancellationToken);

    public Task RequireOkAsync(Uri address, string cookieHeader, string path) =>
        SignedIn.RequireOkAsync(address, cookieHeader, path, cancellationToken);

    /// <summary>
    /// wrk against <paramref name="path"/> after a warm-up (JIT, caches, connection pools), with a
    /// check before and after that the cookie still gets the page itself and not a redirect.
    /// </summary>
    public async Task<WrkReport> MeasureAsync(string label, Uri address, string path, string cookieHeader)
    {
        await RequireOkAsync(address, cookieHeader, path);
        var url = new Uri(address, path);
        var headers = new Dictionary<string, string> { ["Cookie"] = cookieHeader };
        if (WarmUpSeconds > 0)
        {
            await Wrk.RunAsync(url, headers, WarmUpSeconds, Connections, Threads, cancellationToken);
        }
        var report = await Wrk.RunAsync(url, headers, Seconds, Connections, Threads, cancellationToken);
        await RequireOkAsync(address, cookieHeader, path);
        Console.WriteLine($"    {label}: {report}");
        if (report.Non2xxOr3xx > 0)
        {
            throw new InvalidOperationException($"{label}: {report.Non2xxOr3xx} responses were errors; the figures would not be those of the page.");
        }
        if (report.Requests == 0)
        {
            Console.WriteLine($"    warning: no request to {label} finished (wrk gives up on one after 10 s): the page is too slow to measure with {Connections} connections");
        }
        if (report.Errors > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    warning: {report.Errors} socket errors or timeouts (of {report.Requests} requests) while measuring {label}"));
        }
        return report;
    }
}
