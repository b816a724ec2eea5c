using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Support;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Support;

[Trait("Category", "Database")]
public class FlagPagesTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task JudgmentFlag_ReviewedEscalatedResolved_HistoryKeepsEveryStep()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Harbor Elementary");
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var raised = await client.PostFormAsync("/Support/Flags/New", new Dictionary<string, string>
        {
            ["Form.SchoolId"] = schools["Harbor Elementary"].ToString(),
            ["Form.Reason"] = "Three teachers left mid-year",
        });
        var flag = raised.Headers.Location!.OriginalString;
        var skipped = WebUtility.HtmlDecode(await (await Step(flag, "Resolved", "Fine now")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Step(flag, "Reviewed", "Visited: staffing gaps in Year 3")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Step(flag, "Escalated", "Needs tier 3 support")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Step(flag, "Resolved", "Partnership with Fairview in place")).StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetPageAsync(flag));

        Assert.Contains("A flag that is open cannot be marked resolved. Next: reviewed.", skipped);
        Assert.Contains("data-testid=\"flag-status\">Resolved<", page);
        Assert.Contains("Leader's judgment", page);
        var history = await factory.InScopeAsync(district.Id, async (_, db) =>
            (await db.FlagEvents.ToListAsync()).OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => (e.Status, e.Note, e.By)).ToList());
        Assert.Equal(
            [
                (FlagStatus.Open, "Raised: Three teachers left mid-year", leader.Email),
                (FlagStatus.Reviewed, "Visited: staffing gaps in Year 3", leader.Email),
                (FlagStatus.Escalated, "Needs tier 3 support", leader.Email),
                (FlagStatus.Resolved, "Partnership with Fairview in place", leader.Email),
            ],
            history);

        Task<HttpResponseMessage> Step(string url, string step, string note) =>
            client.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = step, ["Note"] = note });
    }

    [Fact]
    public async Task JudgmentFlag_WithoutReason_ShowsFieldMessage()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Harbor Elementary");
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var response = await client.PostFormAsync("/Support/Flags/New", new Dictionary<string, string> { ["Form.SchoolId"] = schools["Harbor Elementary"].ToString() });

        Assert.Contains("Say why you are flagging the school", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SupportPages_Teacher_AreRefused()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        foreach (var url in new[] { "/Support", "/Support/Flags", "/Support/Tiers", "/Support/Partnerships", "/Support/Clusters", "/Support/Settings" })
        {
            await AccessAssert.ForbiddenAsync(client, url);
        }
    }
}
