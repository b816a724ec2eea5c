using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Beacon.Hosting;
using Beacon.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Beacon.Tests.Resilience;

/// <summary>
/// Two Beacon processes on one database behind nginx, with no sticky sessions: a sign-in made on
/// one node is honoured by the other, a form fetched from one node is accepted by the other, and a
/// few hundred requests through the proxy are all served, by both nodes. The throughput it prints is
/// a smoke figure under test load, not a benchmark.
/// </summary>
[Trait("Category", "Database")]
public sealed class TwoNodeTests(ITestOutputHelper output) : IDisposable
{
    private const int Requests = 300;
    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-nodes-").FullName;

    [Fact]
    public async Task TwoNodesBehindNginx_SignInOnOneUsedOnTheOther_AllRequestsServedByBoth()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        // Before two nodes start: a missing nginx fails at once, naming the package to install.
        Nginx.Executable();
        var connectionString = TestDatabase.Create(_folder);
        // One after the other: the first node migrates and seeds, the second finds it done.
        await using var nodeA = await BeaconProcess.StartAsync(new(BeaconFactory.Provider.ToString(), connectionString, _folder), cancellationToken);
        await using var nodeB = await BeaconProcess.StartAsync(new(BeaconFactory.Provider.ToString(), connectionString, _folder), cancellationToken);
        await using var nginx = await Nginx.StartAsync(Path.Combine(_folder, "nginx"), [nodeA.Address, nodeB.Address]);

        // Cookies are not kept apart by port, so one container carries A's sign-in to B and to the proxy.
        var cookies = new CookieContainer();
        using var onA = BrowserlessClient.At(nodeA.Address, cookies);
        var signIn = await onA.SignInAsync("admin@riverside.example", "Beacon-Demo-2026");
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in on node A answered {(int)signIn.StatusCode}");
        using var onB = BrowserlessClient.At(nodeB.Address, cookies);
        var manage = await onB.Http.GetAsync("/Account/Manage", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        Assert.Contains("admin@riverside.example", await manage.Content.ReadAsStringAsync(cancellationToken));

        // Through the proxy a fresh visitor signs in: the form and its post land on different nodes.
        using var viaProxy = BrowserlessClient.At(nginx.Address, new CookieContainer());
        var proxiedSignIn = await viaProxy.SignInAsync("leader@riverside.example", "Beacon-Demo-2026");
        Assert.True(proxiedSignIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in through nginx answered {(int)proxiedSignIn.StatusCode}");

        var nodes = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, Requests, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (n, token) =>
        {
            var url = (n % 3) switch { 0 => "/", 1 => "/Schools", _ => "/Staff" };
            using var response = await viaProxy.Http.GetAsync(url, token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{url}: {(int)response.StatusCode}");
            }
            var node = response.Headers.TryGetValues("X-Beacon-Node", out var values) ? values.First() : "unknown";
            nodes.AddOrUpdate(node, 1, (_, count) => count + 1);
        });
        clock.Stop();
        output.WriteLine($"{Requests} requests through nginx in {clock.Elapsed.TotalSeconds:F1} s ({Requests / clock.Elapsed.TotalSeconds:F0}/s); " +
            string.Join(", ", nodes.Select(n => $"{n.Key} served {n.Value}")));

        Assert.Empty(failures);
        Assert.Equal(new[] { nodeA.Address.Port, nodeB.Address.Port }.Order(), nodes.Keys.Select(k => new Uri($"http://{k}").Port).Order());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up.
        }
    }
}
