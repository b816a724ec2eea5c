using System.Diagnostics;
using System.Net;
using System.Text;
using Beacon.Web.Data;

namespace Beacon.Tests.Infrastructure;

/// <summary>
/// Beacon as a real operating-system process on a loopback port, over a given database: what a
/// server crash test needs and an in-memory test host cannot give (a SIGKILL mid-write).
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

    public static async Task<BeaconProcess> StartAsync(string connectionString, string dataFolder, TimeSpan startTimeout, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{Nginx.FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Beacon.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_CONTENTROOT"] = dataFolder;
        start.Environment["Database__Provider"] = BeaconFactory.Provider.ToString();
        start.Environment["ConnectionStrings__Beacon"] = connectionString;
        start.Environment["Beacon__DataFolder"] = dataFolder;
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var beacon = new BeaconProcess(process, address);
        process.OutputDataReceived += (_, e) => beacon.Append(e.Data);
        process.ErrorDataReceived += (_, e) => beacon.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await beacon.WaitUntilHealthyAsync(startTimeout, cancellationToken);
        return beacon;
    }

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
