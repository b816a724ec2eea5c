using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Staffing;

[Trait("Category", "Database")]
public class EquityPageTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Equity_HandComputedFixture_PageShowsTheExpectedFigures()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var page = WebUtility.HtmlDecode(await leader.GetPageAsync($"/Staffing/Equity?year={year}"));

        Assert.Contains("data-testid=\"gap-inexperienced\">+10.0<", page);
        Assert.Contains("data-testid=\"gap-ineffective\">+50.0<", page);
        Assert.Contains("data-testid=\"gap-uncertified\">+25.0<", page);
        Assert.Contains("data-testid=\"gap-highly-effective\">-35.0<", page);
        Assert.Contains("data-testid=\"gap-out-of-field\">+25.0<", page);
        var q1 = Row(page, 1);
        Assert.Contains(">2.5<", q1);
        Assert.Contains(">40.0%<", q1);
        Assert.Contains(">60.0%<", q1);
        Assert.Contains(">160.0<", q1);
        Assert.Contains(">0.25<", q1);
        var q4 = Row(page, 4);
        Assert.Contains(">75.0<", q4);
        Assert.Contains(">0.50<", q4);
        Assert.Contains("<svg", page);
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.SchoolLeader)]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.BoardTrustee)]
    public async Task Equity_RoleWithoutAccessToRatings_IsForbidden(string role)
    {
        var district = await factory.CreateDistrictAsync();
        await EquityFixture.CreateAsync(factory, district);
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, role));

        var response = await client.GetAsync("/Staffing/Equity");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Equity_YearOfAnotherDistrict_NotFound()
    {
        var mine = await factory.CreateDistrictAsync();
        var theirs = await factory.CreateDistrictAsync();
        var theirYear = await EquityFixture.CreateAsync(factory, theirs);
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(mine, Roles.DistrictLeader));

        var response = await leader.GetAsync($"/Staffing/Equity?year={theirYear}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Row(string page, int quartile)
    {
        var start = page.IndexOf($"data-quartile=\"{quartile}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for quartile {quartile}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
