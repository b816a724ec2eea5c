using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Text;
using Beacon.Hosting;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Beacon.Tests.Resilience;

/// <summary>
/// Nothing acknowledged is lost when the server dies. Concurrent clients import new schools and
/// keep renaming one school through the import API against a real Beacon process; the process is
/// killed with SIGKILL mid-run and started again on the same database, and every write a client
/// saw acknowledged must be there exactly once (a rename: the last acknowledged one or a later one).
/// The short form runs in the suite; the long form is the same test with more writes and kills:
/// <c>BEACON_CRASH_WRITES=20000 BEACON_CRASH_KILLS=5 dotnet test tests/Beacon.Tests --filter FullyQualifiedName~CrashSafety</c>.
/// </summary>
[Trait("Category", "Database")]
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Inserters = 2;

    /// <summary>
    /// How long a round may go without one acknowledged write before the test fails instead of
    /// waiting for ever (a server that stopped answering); a timeout that suits the short form
    /// and the long one alike, however many writes they ask for.
    /// </summary>
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-crash-").FullName;

    [Fact]
    public async Task ImportsAndRenames_ServerKilledMidRun_EveryAcknowledgedWriteFoundExactlyOnce()
    {
        var writes = Setting("BEACON_CRASH_WRITES", 300);
        var kills = Setting("BEACON_CRASH_KILLS", 1);
        var connectionString = TestDatabase.Create(_folder);
        var acknowledged = new ConcurrentBag<string>();
        var lastRename = 0;
        var attemptedRename = 0;

        for (var round = 0; round < kills; round++)
        {
            await using var beacon = await BeaconProcess.StartAsync(new(BeaconFactory.Provider.ToString(), connectionString, _folder), TestContext.Current.CancellationToken);
            using var client = await SignedInAsync(beacon);
            var target = acknowledged.Count + Math.Max(1, writes / kills);
            using var stop = new CancellationTokenSource();

            var inserters = Enumerable.Range(0, Inserters).Select(writer => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var id = $"crash-{round}-{writer}-{n}";
                    if (await ImportAsync(client, $"school_id,name\r\n{id},Crash school {id}\r\n"))
                    {
                        acknowledged.Add(id);
                    }
                }
            })).ToList();
            var renamer = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var n = Interlocked.Increment(ref attemptedRename);
                    if (await ImportAsync(client, $"school_id,name\r\ncrash-renamed,Renamed {n:D8}\r\n"))
                    {
                        InterlockedMax(ref lastRename, n);
                    }
                }
            });

            var seen = acknowledged.Count;
            var stalled = Stopwatch.StartNew();
            while (acknowledged.Count < target)
            {
                if (acknowledged.Count != seen)
                {
                    seen = acknowledged.Count;
                    stalled.Restart();
                }
                else if (stalled.Elapsed > StallLimit)
                {
                    stop.Cancel();
                    await Task.WhenAll([.. inserters, renamer]);
                    Assert.Fail($"No write was acknowledged for {StallLimit.TotalSeconds:F0} s ({acknowledged.Count} of {target} in round {round}). Beacon's output:\n{beacon.Output}");
                }
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
            await beacon.KillAsync();
            stop.Cancel();
            await Task.WhenAll([.. inserters, renamer]);
        }

        await using (var restarted = await BeaconProcess.StartAsync(new(BeaconFactory.Provider.ToString(), connectionString, _folder), TestContext.Current.CancellationToken))
        {
            var found = await CountsAsync(connectionString);
            var missing = acknowledged.Where(id => !found.ContainsKey(id)).ToList();
            var duplicated = found.Where(f => f.Value.Count > 1).Select(f => f.Key).ToList();
            var renamedTo = found.TryGetValue("crash-renamed", out var renamed) ? int.Parse(renamed.Name[^8..]) : 0;
            output.WriteLine($"{BeaconFactory.Provider}, {kills} kill(s): {acknowledged.Count} imports acknowledged, " +
                $"{found.Count(f => f.Key != "crash-renamed")} found ({missing.Count} missing, {duplicated.Count} duplicated); " +
                $"last acknowledged rename {lastRename}, found {renamedTo}");

            Assert.Empty(missing);
            Assert.Empty(duplicated);
            Assert.True(renamedTo >= lastRename, $"The last acknowledged rename was {lastRename} but the school holds {renamedTo}");
            Assert.True(acknowledged.Count >= writes, $"Only {acknowledged.Count} of {writes} writes were acknowledged:\n{restarted.Output}");
        }
    }

    private static async Task<bool> ImportAsync(BrowserlessClient client, string csv)
    {
        try
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            content.Headers.ContentType = new("text/csv");
            using var response = await client.Http.PostAsync("/api/imports/schools", content);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // The server died before it answered: not acknowledged.
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task<BrowserlessClient> SignedInAsync(BeaconProcess beacon)
    {
        var client = BrowserlessClient.At(beacon.Address, new CookieContainer());
        var response = await client.SignInAsync("admin@riverside.example", "Beacon-Demo-2026");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"The demo administrator could not sign in ({(int)response.StatusCode}):\n{beacon.Output}");
        return client;
    }

    /// <summary>The crash test's schools as the database holds them, read straight from the table.</summary>
    private static async Task<Dictionary<string, (int Count, string Name)>> CountsAsync(string connectionString)
    {
        await using DbConnection connection = BeaconFactory.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "SourceId", COUNT(*), MAX("Name") FROM "Schools" WHERE "SourceId" LIKE 'crash-%' GROUP BY "SourceId" """;
        var counts = new Dictionary<string, (int, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = (Convert.ToInt32(reader.GetValue(1)), reader.GetString(2));
        }
        return counts;
    }

    private static void InterlockedMax(ref int location, int value)
    {
        int current;
        while ((current = Volatile.Read(ref location)) < value && Interlocked.CompareExchange(ref location, value, current) != current)
        {
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

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
