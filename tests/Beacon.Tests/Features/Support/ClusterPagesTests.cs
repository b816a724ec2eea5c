using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Support;

[Trait("Category", "Database")]
public class ClusterPagesTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task ExchangeVisit_BeyondTheAllowance_IsRefusedSayingByHowMuch()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Alder Elementary", "Birch Hill Elementary");
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var created = await client.PostFormAsync("/Support/Clusters", new Dictionary<string, string>
        {
            ["Form.Name"] = "North cluster",
            ["Form.JointPlan"] = "Share reading practice",
            ["Form.Goals"] = "Reading up 5 points\nAttendance over 95%",
            ["Form.ExchangeDaysAllowed"] = "10",
        });
        var details = created.Headers.Location!.OriginalString;
        foreach (var school in schools.Values)
        {
            await client.PostFormAsync(details, new Dictionary<string, string> { ["Member.SchoolId"] = school.ToString() }, details + "?handler=Member");
        }
        Task<HttpResponseMessage> Visit(string staff, string days) => client.PostFormAsync(details, new Dictionary<string, string>
        {
            ["Exchange.StaffName"] = staff,
            ["Exchange.FromSchoolId"] = schools["Alder Elementary"].ToString(),
            ["Exchange.ToSchoolId"] = schools["Birch Hill Elementary"].ToString(),
            ["Exchange.StartsOn"] = "2026-10-05",
            ["Exchange.Days"] = days,
        }, details + "?handler=Exchange");

        var first = await Visit("Maria Lopez", "6");
        var over = WebUtility.HtmlDecode(await (await Visit("James Chen", "5")).Content.ReadAsStringAsync());
        var fits = await Visit("James Chen", "4");
        var page = WebUtility.HtmlDecode(await client.GetPageAsync(details));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("This visit needs 5 days but only 4 days are left of the 10 days allowed: it is 1 day over the allowance.", over);
        Assert.Equal(HttpStatusCode.Redirect, fits.StatusCode);
        Assert.Contains("10 days used of 10 days allowed; 0 days left.", page);
        Assert.Contains("Attendance over 95%", page);
        Assert.Equal(10m, await factory.InScopeAsync(district.Id, async (_, db) => (await db.ExchangeVisits.ToListAsync()).Sum(v => v.Days)));
    }

    [Fact]
    public async Task PooledFund_SpendingMoreThanContributed_IsRefusedSayingByHowMuch()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Alder Elementary");
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var created = await client.PostFormAsync("/Support/Clusters", new Dictionary<string, string> { ["Form.Name"] = "South", ["Form.ExchangeDaysAllowed"] = "5" });
        var details = created.Headers.Location!.OriginalString;
        await client.PostFormAsync(details, new Dictionary<string, string> { ["Member.SchoolId"] = schools["Alder Elementary"].ToString() }, details + "?handler=Member");
        Task<HttpResponseMessage> Fund(string kind, string amount) => client.PostFormAsync(details, new Dictionary<string, string>
        {
            ["Fund.Kind"] = kind,
            ["Fund.SchoolId"] = kind == "Contribution" ? schools["Alder Elementary"].ToString() : "",
            ["Fund.Amount"] = amount,
            ["Fund.Description"] = "Literacy training",
            ["Fund.On"] = "2026-10-01",
        }, details + "?handler=Fund");

        Assert.Equal(HttpStatusCode.Redirect, (await Fund("Contribution", "5000")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Fund("Spending", "1200.50")).StatusCode);
        var refused = WebUtility.HtmlDecode(await (await Fund("Spending", "4000")).Content.ReadAsStringAsync());
        var page = WebUtility.HtmlDecode(await client.GetPageAsync(details));

        Assert.Contains("The pooled fund holds 3,799.50; this spending is 200.50 more than that.", refused);
        Assert.Contains("data-testid=\"fund-balance\">3,799.50<", page);
    }
}
