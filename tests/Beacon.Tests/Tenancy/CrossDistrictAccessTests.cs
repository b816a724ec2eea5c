using Beacon.Tests.Infrastructure;

namespace Beacon.Tests.Tenancy;

/// <summary>
/// Signs in as an administrator of district A and calls every handler of every routed endpoint with
/// the ids of district B's records, in the route, the query string and the posted form (see
/// <see cref="TenancySweep"/>). Endpoints and their id parameters are enumerated from the app itself,
/// so a new endpoint is covered the day it is added, and one whose ids this test cannot name fails it.
/// </summary>
[Trait("Category", "Database")]
public class CrossDistrictAccessTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task EveryEndpoint_IdsOfAnotherDistrict_AnswerNotFoundAndLeakNothing()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = await new TenancySweep(factory).RunAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"{report.Requests} requests in {started.Elapsed.TotalSeconds:0} s");

        Assert.True(report.Failures.Count == 0, $"{report.Failures.Count} failure(s):\n" + string.Join("\n", report.Failures.Take(60)));
        Assert.True(report.Requests > 0, "no endpoint was requested");
    }
}
