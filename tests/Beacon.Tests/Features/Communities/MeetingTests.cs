using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Communities;

[Trait("Category", "Database")]
public class MeetingTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task RunMeeting_FromTlcTemplate_RecordsAttendanceCheckInsAndSummary()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Grade 2 TLC");
        var coach = await factory.CreateAccountAsync(district, Roles.Coach);
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var absent = await factory.CreateAccountAsync(district, Roles.Teacher);
        await CommunityData.MemberAsync(factory, district, community, coach, MemberRole.Facilitator);
        var member = await CommunityData.MemberAsync(factory, district, community, teacher);
        var away = await CommunityData.MemberAsync(factory, district, community, absent);
        var item = await CommunityData.PlanItemAsync(factory, district, member, "exit-questions", TechniqueStatus.Trying);
        using var client = await BrowserlessClient.SignedInAsync(factory, coach);

        var started = await client.PostFormAsync($"/Communities/Details/{community}?handler=StartMeeting", new Dictionary<string, string>
        {
            ["Start.Template"] = "tlc",
            ["Start.Date"] = "2026-10-13",
            ["Start.Time"] = "16:00",
        });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var run = started.Headers.Location!.OriginalString.Split('?')[0];
        var attendance = await client.PostFormAsync($"{run}?handler=Attendance", new Dictionary<string, string> { ["Present"] = member.ToString() });
        var checkIns = await client.PostFormAsync($"{run}?handler=CheckIns", new Dictionary<string, string>
        {
            ["CheckIns[0].MemberId"] = member.ToString(),
            ["CheckIns[0].PlanItemId"] = item.ToString(),
            ["CheckIns[0].Report"] = "Sorting the slips shows who needs a reteach",
            ["CheckIns[0].Status"] = "Embedded",
        });
        var summary = await client.PostFormAsync($"{run}?handler=Summary", new Dictionary<string, string>
        {
            ["Decisions"] = "Next meeting looks at hinge questions",
            ["Summary"] = "Everyone reported; one technique embedded.",
        });

        Assert.Equal(HttpStatusCode.Redirect, attendance.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, checkIns.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, summary.StatusCode);
        var saved = await factory.InScopeAsync(district.Id, (_, db) => db.Meetings.Include(m => m.Items).Include(m => m.Attendance).Include(m => m.CheckIns)
            .SingleAsync(m => m.CommunityId == community));
        Assert.Equal(TlcTemplate.Steps.Select(s => s.Title), saved.Items.OrderBy(i => i.Position).Select(i => i.Title));
        Assert.True(saved.Attendance.Single(a => a.MemberId == member).Present);
        Assert.False(saved.Attendance.Single(a => a.MemberId == away).Present);
        var checkIn = Assert.Single(saved.CheckIns);
        Assert.Equal((item, TechniqueStatus.Embedded), (checkIn.PlanItemId!.Value, checkIn.Status!.Value));
        Assert.Equal("Everyone reported; one technique embedded.", saved.Summary);
        Assert.Equal(TechniqueStatus.Embedded, await factory.InScopeAsync(district.Id, (_, db) => db.ActionPlanItems.Where(i => i.Id == item).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task CheckIns_MemberWhoIsNotFacilitator_Forbidden()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Grade 2 TLC");
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        var meeting = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var m = new Meeting { Id = Guid.CreateVersion7(), CommunityId = community, StartsAt = DateTimeOffset.UtcNow, TemplateName = TlcTemplate.Name };
            db.Meetings.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var page = await client.GetPageAsync($"/Communities/Meetings/Run/{meeting}");
        var response = await client.PostFormAsync($"/Communities/Meetings/Run/{meeting}?handler=CheckIns", new Dictionary<string, string>());

        Assert.DoesNotContain("Save check-ins", page);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
