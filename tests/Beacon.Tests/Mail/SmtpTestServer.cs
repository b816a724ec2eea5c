using System.Net;
using System.Net.Sockets;
using Beacon.Tests.Infrastructure;
using netDumbster.smtp;

namespace Beacon.Tests.Mail;

/// <summary>
/// A real SMTP server on a loopback port, started and stopped by the test: stopped, the port
/// refuses connections, as a mail server that is down does.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private SimpleSmtpServer? _server;

    public int Port { get; } = FreePort();

    public void Start() => _server ??= SimpleSmtpServer.Start(Port);

    public IReadOnlyList<SmtpMessage> Received => _server?.ReceivedEmail ?? [];

    public IReadOnlyList<SmtpMessage> To(string address) =>
        Received.Where(m => m.ToAddresses.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Settings that send the app's mail here over SMTP, with no pickup folder.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:PickupFolder"] = "",
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public void Dispose()
    {
        _server?.Stop();
        _server?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Polls until <paramref name="done"/> holds, failing the test after <paramref name="timeout"/>.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}

/// <summary>Beacon sending mail over SMTP to <see cref="SmtpTestServer"/>, with short retries; optionally a node on another factory's database.</summary>
public class SmtpFactory : BeaconFactory
{
    private readonly IDictionary<string, string?> _settings;

    public SmtpFactory(SmtpTestServer smtp, IDictionary<string, string?>? extra = null)
    {
        _settings = Merge(smtp, extra);
    }

    public SmtpFactory(SmtpTestServer smtp, string connectionString, IDictionary<string, string?>? extra = null)
        : base(connectionString)
    {
        _settings = Merge(smtp, extra);
    }

    protected override IDictionary<string, string?> Settings => _settings;

    private static Dictionary<string, string?> Merge(SmtpTestServer smtp, IDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>(smtp.Settings)
        {
            ["Beacon:Mail:Outbox:FirstRetry"] = "00:00:01",
            ["Beacon:Mail:Outbox:MaxRetry"] = "00:00:02",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }
}
