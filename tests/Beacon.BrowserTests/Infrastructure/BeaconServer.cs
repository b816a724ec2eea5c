using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.BrowserTests.Infrastructure;

/// <summary>
/// Beacon served by Kestrel on a free loopback port over its own SQLite file holding the demo
/// district (a copy of <see cref="DemoTemplate"/>), so Chromium talks to it exactly as a person's
/// browser would.
/// </summary>
public sealed class BeaconServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-browser-").FullName;

    public BeaconServer()
    {
        DemoTemplate.CopyTo(Path.Combine(_folder, "beacon.db"));
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1");
    }

    public string BaseUrl { get; }

    public string DataFolder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Beacon", $"Data Source={Path.Combine(_folder, "beacon.db")}");
        builder.UseSetting("Beacon:SeedDemo", "true");
        // The demo's system administrator signs in with its published password alone (the demo district does not require two steps either).
        builder.UseSetting("Beacon:TwoFactor:RequiredForSystemAdministrators", "false");
        builder.UseSetting("Beacon:DataFolder", _folder);
        builder.UseSetting("Mail:PickupFolder", Path.Combine(_folder, "mail"));
        // The outbox is sent by the job runner, as in production, but every second instead of every 15.
        builder.UseSetting("Beacon:Mail:Outbox:Interval", "00:00:01");
        builder.UseSetting("Beacon:Surveys:Inviting:Interval", "00:00:01");
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }
}
