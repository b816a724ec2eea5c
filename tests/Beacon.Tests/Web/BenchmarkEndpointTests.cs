using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Ui;

namespace Beacon.Tests.Web;

/// <summary>Beacon as the load benchmark runs it, with its one-query reference endpoint mapped.</summary>
public sealed class BenchmarksEnabledFactory : BeaconFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Beacon:Benchmarks:Enabled"] = "true" };
}

[Trait("Category", "Database")]
public sealed class BenchmarkEndpointTests(BeaconFactory product, BenchmarksEnabledFactory benchmarked)
    : IClassFixture<BeaconFactory>, IClassFixture<BenchmarksEnabledFactory>
{
    [Fact]
    public async Task Ceiling_ByDefault_IsNotThere()
    {
        var district = await product.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(product, await product.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var response = await client.GetAsync(BenchmarkEndpoint.Path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Ceiling_BenchmarksEnabled_AnswersEachSignedInUserWithTheirOwnDistrictsName()
    {
        var first = await benchmarked.CreateDistrictAsync("Ceiling First Unified");
        var second = await benchmarked.CreateDistrictAsync("Ceiling Second Unified");
        using var fromFirst = await BrowserlessClient.SignedInAsync(benchmarked, await benchmarked.CreateAccountAsync(first, Roles.Teacher));
        using var fromSecond = await BrowserlessClient.SignedInAsync(benchmarked, await benchmarked.CreateAccountAsync(second, Roles.DistrictAdministrator));

        Assert.Equal("Ceiling First Unified", await fromFirst.GetPageAsync(BenchmarkEndpoint.Path));
        Assert.Equal("Ceiling Second Unified", await fromSecond.GetPageAsync(BenchmarkEndpoint.Path));
    }

    [Fact]
    public async Task Ceiling_BenchmarksEnabledButSignedOut_SendsToSignIn()
    {
        using var anonymous = BrowserlessClient.For(benchmarked);

        var response = await anonymous.GetAsync(BenchmarkEndpoint.Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location?.PathAndQuery);
    }
}
