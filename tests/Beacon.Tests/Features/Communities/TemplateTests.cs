using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Communities;

[Trait("Category", "Database")]
public class TemplateTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task StartMeeting_DistrictAuthoredAgenda_MeetingHasItsItems()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Inquiry group");
        var coach = await factory.CreateAccountAsync(district, Roles.Coach);
        await CommunityData.MemberAsync(factory, district, community, coach, MemberRole.Facilitator);
        using var client = await BrowserlessClient.SignedInAsync(factory, coach);

        var saved = await client.PostFormAsync("/Communities/Templates", new Dictionary<string, string>
        {
            ["Name"] = "Inquiry cycle",
            ["Lines"] = "10 | Our question\n30 | Evidence we gathered | check-in",
        });
        var templateId = await factory.InScopeAsync(district.Id, (_, db) => db.AgendaTemplates.Select(t => t.Id).SingleAsync());
        var started = await client.PostFormAsync($"/Communities/Details/{community}?handler=StartMeeting", new Dictionary<string, string>
        {
            ["Start.Template"] = templateId.ToString(),
            ["Start.Date"] = "2026-10-13",
            ["Start.Time"] = "16:00",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var items = await factory.InScopeAsync(district.Id, (_, db) => db.MeetingItems.OrderBy(i => i.Position).Select(i => new { i.Title, i.Kind }).ToListAsync());
        Assert.Equal([("Our question", AgendaItemKind.General), ("Evidence we gathered", AgendaItemKind.CheckInRound)], items.Select(i => (i.Title, i.Kind)));
    }

    [Fact]
    public async Task SaveTemplate_LineWithoutMinutes_ShowsTheLineAndSavesNothing()
    {
        var district = await factory.CreateDistrictAsync();
        var coach = await factory.CreateAccountAsync(district, Roles.Coach);
        using var client = await BrowserlessClient.SignedInAsync(factory, coach);

        var response = await client.PostFormAsync("/Communities/Templates", new Dictionary<string, string> { ["Name"] = "Broken", ["Lines"] = "Welcome" });

        Assert.Contains("Line 1: start with the minutes", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.AgendaTemplates.CountAsync()));
    }
}
