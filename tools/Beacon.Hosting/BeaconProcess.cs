using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Beacon.Hosting;

/// <summary>How to start one Beacon process: the provider ("Sqlite" or "Postgres"), its database, a folder of its own, and any further settings.</summary>
public sealed record BeaconNodeOptions(string Provider, string ConnectionString, string DataFolder)
{
    /// <summary>Configuration keys (e.g. <c>Beacon:SeedDemo</c>) and values, passed as environment variables.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Beacon.Web.dll; by default the copy beside the running assembly (every project that references Beacon.Web has one).</summary>
    public string Application { get; init; } = Path.Combine(AppContext.BaseDirectory, "Beacon.Web.dll");

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(3);
}

/// <summary>
/// Beacon as a real operating-system process on a loopback port, over a given database: what a
/// server crash test needs and an in-memory test host cannot give (a SIGKILL mid-write), and what
/// a load test measures (a Production server with its own memory).
/// </summary>
public sealed class BeaconProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BeaconProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote, for the message of a failing test.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<BeaconProcess> StartAsync(BeaconNodeOptions options, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{Loopback.FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.DataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(options.Application);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_CONTENTROOT"] = options.DataFolder;
        start.Environment["Database__Provider"] = options.Provider;
        start.Environment["ConnectionStrings__Beacon"] = options.ConnectionString;
        start.Environment["Beacon__DataFolder"] = options.DataFolder;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Beacon__PublicUrl"] = address.ToString();
        foreach (var (key, value) in options.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var beacon = new BeaconProcess(process, address);
        process.OutputDataReceived += (_, e) => beacon.Append(e.Data);
        process.ErrorDataReceived += (_, e) => beacon.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await beacon.WaitUntilHealthyAsync(options.StartTimeout, cancellationToken);
        }
        catch
        {
            await beacon.DisposeAsync();
            throw;
        }
        return beacon;
    }

    /// <summary>Resident memory now, in MB (Linux VmRSS).</summary>
    public double WorkingSetMegabytes => Megabytes("VmRSS:");

    /// <summary>The most resident memory the process has held, in MB (Linux VmHWM), since it started or since <see cref="ResetPeakWorkingSet"/>.</summary>
    public double PeakWorkingSetMegabytes => Megabytes("VmHWM:");

    /// <summary>Starts the peak afresh at the current working set, so a peak can be told for one phase of a run.</summary>
    public void ResetPeakWorkingSet() => File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");

    /// <summary>SIGKILL: no shutdown hooks, no flushing; whatever the database had not made durable is lost.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private double Megabytes(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Beacon exited with {_process.ExitCode} while starting:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync("/health", cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy migrating or seeding.
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException($"Beacon did not become healthy within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
