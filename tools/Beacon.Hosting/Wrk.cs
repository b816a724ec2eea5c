using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Beacon.Hosting;

/// <summary>What wrk measured for one address: throughput, latency (ms) and whatever went wrong.</summary>
public sealed record WrkReport(
    double RequestsPerSecond, double LatencyAverageMs, double LatencyP50Ms, double LatencyP99Ms,
    long Requests, long Errors, long Non2xxOr3xx)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{RequestsPerSecond:0} requests/s, latency avg {LatencyAverageMs:0.##} ms, p50 {LatencyP50Ms:0.##} ms, p99 {LatencyP99Ms:0.##} ms ({Requests} requests, {Errors} socket errors, {Non2xxOr3xx} non-2xx/3xx)");
}

/// <summary>
/// wrk (Debian's package) sending load to a loopback address for a fixed time with a fixed
/// per-request timeout, so a run always ends by itself; the process is killed if it does not.
/// </summary>
public static partial class Wrk
{
    public static async Task<WrkReport> RunAsync(
        Uri url, IReadOnlyDictionary<string, string> headers, int seconds, int connections, int threads, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(File.Exists("/usr/bin/wrk") ? "/usr/bin/wrk" : "wrk")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "--threads", Text(threads), "--connections", Text(connections), "--duration", $"{Text(seconds)}s",
            "--timeout", "10s", "--latency",
        ];
        foreach (var argument in arguments.Concat(headers.SelectMany(h => new[] { "--header", $"{h.Key}: {h.Value}" })))
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add(Loopback.Require(url).ToString());

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install it with apt-get install -y wrk.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds + 60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        return process.ExitCode == 0
            ? Parse(await output)
            : throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await errors}{await output}");
    }

    /// <summary>Reads wrk's text report (run with <c>--latency</c>).</summary>
    public static WrkReport Parse(string output)
    {
        var latency = LatencyLine().Match(output);
        var requests = RequestsLine().Match(output);
        var rate = RateLine().Match(output);
        if (!latency.Success || !requests.Success || !rate.Success)
        {
            throw new FormatException($"Not a wrk --latency report:\n{output}");
        }
        var socketErrors = SocketErrorsLine().Match(output);
        var non2xx = Non2xxLine().Match(output);
        return new WrkReport(
            Number(rate.Groups[1].Value),
            Milliseconds(latency.Groups[1].Value, latency.Groups[2].Value),
            Percentile(output, "50"),
            Percentile(output, "99"),
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture),
            socketErrors.Success ? Enumerable.Range(1, 4).Sum(g => long.Parse(socketErrors.Groups[g].Value, CultureInfo.InvariantCulture)) : 0,
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", RegexOptions.Multiline);
        return match.Success
            ? Milliseconds(match.Groups[1].Value, match.Groups[2].Value)
            : throw new FormatException($"wrk reported no {percent}% latency:\n{output}");
    }

    private static double Milliseconds(string value, string unit) => unit == "us" ? Number(value) / 1_000 : Number(value) * unit switch
    {
        "ms" => 1,
        "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        _ => throw new FormatException($"Unknown wrk time unit {unit}"),
    };

    private static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*Latency\s+([\d.]+)(us|ms|s|m|h)\s", RegexOptions.Multiline)]
    private static partial Regex LatencyLine();

    [GeneratedRegex(@"^\s*(\d+) requests in ", RegexOptions.Multiline)]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RateLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xxLine();
}
