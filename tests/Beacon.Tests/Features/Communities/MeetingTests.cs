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
        var saved1 = await client.PostFormAsync($"{run}?handler=Save", new Dictionary<string, string>
        {
            ["Present"] = member.ToString(),
            ["CheckIns[0].MemberId"] = member.ToString(),
            ["CheckIns[0].PlanItemId"] = item.ToString(),
            ["CheckIns[0].Report"] = "Sorting the slips shows who needs a reteach",
            ["CheckIns[0].Status"] = "Embedded",
            ["Decisions"] = "Next meeting looks at hinge questions",
            ["Summary"] = "Everyone reported; one technique embedded.",
        });
        Assert.True(saved1.StatusCode == HttpStatusCode.Redirect, BrowserlessClient.Excerpt(await saved1.Content.ReadAsStringAsync()));
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
    public async Task CheckIn_LeaderWhoIsNotAMember_Forbidden()
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
        var response = await client.PostFormAsync($"/Communities/Meetings/Run/{meeting}?handler=CheckIn", new Dictionary<string, string>());

        Assert.DoesNotContain("what happened with", page);
        Assert.Contains("Save the meeting", page);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<Guid> MeetingAsync(TestDistrict district, Guid community) => factory.InScopeAsync(district.Id, async (_, db) =>
    {
        var c = await db.Communities.Include(x => x.Members).SingleAsync(x => x.Id == community);
        var m = MeetingStarter.Create(c, TlcTemplate.Name, TlcTemplate.Steps, DateTimeOffset.UtcNow);
        db.Meetings.Add(m);
        await db.SaveChangesAsync();
        return m.Id;
    });

    [Fact]
    public async Task CheckIn_TwoMembersOnTheirOwnPhones_BothPresentAndTheRestNot()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Grade 4 TLC");
        var (first, second, third) = (await factory.CreateAccountAsync(district, Roles.Teacher), await factory.CreateAccountAsync(district, Roles.Teacher),
            await factory.CreateAccountAsync(district, Roles.Teacher));
        var firstId = await CommunityData.MemberAsync(factory, district, community, first, name: "Ada First");
        var secondId = await CommunityData.MemberAsync(factory, district, community, second, name: "Bo Second");
        var thirdId = await CommunityData.MemberAsync(factory, district, community, third, name: "Cy Third");
        var meeting = await MeetingAsync(district, community);

        foreach (var account in new[] { first, second })
        {
            using var client = await BrowserlessClient.SignedInAsync(factory, account);
            var before = await client.GetPageAsync($"/Communities/Meetings/Run/{meeting}");
            Assert.Contains("Check in: I'm here", before);
            var response = await client.PostFormAsync($"/Communities/Meetings/Run/{meeting}", new Dictionary<string, string>(),
                $"/Communities/Meetings/Run/{meeting}?handler=CheckIn");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var after = await client.GetPageAsync(response.Headers.Location!.OriginalString);
            Assert.Contains("You are checked in to this meeting.", after);
        }

        var present = await factory.InScopeAsync(district.Id, (_, db) =>
            db.MeetingAttendance.Where(a => a.MeetingId == meeting).ToDictionaryAsync(a => a.MemberId, a => a.Present));
        Assert.True(present[firstId]);
        Assert.True(present[secondId]);
        Assert.False(present[thirdId]);
        using var outsider = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));
        var page = await outsider.GetPageAsync($"/Communities/Meetings/Run/{meeting}");
        Assert.Contains("2 of 3 present.", page);
        Assert.DoesNotContain("Check in: I", page);
    }

    [Fact]
    public async Task Save_NotesTypedUnderSeveralItems_AllSurviveOneSave()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Grade 5 TLC");
        var coach = await factory.CreateAccountAsync(district, Roles.Coach);
        await CommunityData.MemberAsync(factory, district, community, coach, MemberRole.Facilitator);
        var meeting = await MeetingAsync(district, community);
        var items = await factory.InScopeAsync(district.Id, (_, db) =>
            db.MeetingItems.Where(i => i.MeetingId == meeting).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync());
        using var client = await BrowserlessClient.SignedInAsync(factory, coach);
        // The field names come from the page, as a browser would send them: each item's notes its own.
        var form = await client.GetPageAsync($"/Communities/Meetings/Run/{meeting}");
        string NotesField(Guid item) => System.Text.RegularExpressions.Regex.Match(form, $"<textarea id=\"notes-{item}\" name=\"([^\"]+)\"").Groups[1].Value;
        var first = NotesField(items[0]);
        var fourth = NotesField(items[3]);
        Assert.NotEqual(first, fourth);
        Assert.Contains($"name=\"{first.Replace(".Text", ".ItemId", StringComparison.Ordinal)}\" value=\"{items[0]}\"", form);

        // Every item's fields go with the form, the untouched ones empty, as a browser sends them.
        var typed = new Dictionary<Guid, string> { [items[0]] = "Welcomed two new members", [items[3]] = "Read the hinge-question chapter together" };
        var fields = items.SelectMany(item => new[]
        {
            KeyValuePair.Create(NotesField(item).Replace(".Text", ".ItemId", StringComparison.Ordinal), item.ToString()),
            KeyValuePair.Create(NotesField(item), typed.GetValueOrDefault(item, "")),
        }).Append(KeyValuePair.Create("Summary", "A short meeting")).ToDictionary();
        var response = await client.PostFormAsync($"/Communities/Meetings/Run/{meeting}", fields, $"/Communities/Meetings/Run/{meeting}?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Meeting saved.", page);
        Assert.Contains("Welcomed two new members", page);
        Assert.Contains("Read the hinge-question chapter together", page);
        Assert.Contains("A short meeting", page);
    }

    [Fact]
    public async Task Save_NotesTooLong_FieldMessageAndEverythingTypedIsKept()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Grade 6 TLC");
        var coach = await factory.CreateAccountAsync(district, Roles.Coach);
        await CommunityData.MemberAsync(factory, district, community, coach, MemberRole.Facilitator);
        var meeting = await MeetingAsync(district, community);
        var items = await factory.InScopeAsync(district.Id, (_, db) =>
            db.MeetingItems.Where(i => i.MeetingId == meeting).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync());
        using var client = await BrowserlessClient.SignedInAsync(factory, coach);

        var response = await client.PostFormAsync($"/Communities/Meetings/Run/{meeting}", new Dictionary<string, string>
        {
            ["Notes[0].ItemId"] = items[0].ToString(),
            ["Notes[0].Text"] = new string('x', 4001),
            ["Notes[1].ItemId"] = items[1].ToString(),
            ["Notes[1].Text"] = "Kept although another field is refused",
        }, $"/Communities/Meetings/Run/{meeting}?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Keep the notes on Introduction under 4,000 characters.", page);
        Assert.Contains("Kept although another field is refused", page);
        Assert.Null(await factory.InScopeAsync(district.Id, (_, db) => db.MeetingItems.Where(i => i.Id == items[1]).Select(i => i.Notes).SingleAsync()));
    }

    [Theory]
    [InlineData("2026-10-13", 75, "Start.Template", "This agenda takes 105 minutes but the community's meetings last 75.")]
    [InlineData("2026-10-12", 120, "Start.Date", "no meeting of that series falls on Monday 12 October 2026")]
    public async Task StartMeeting_OutsideTheSlot_RefusedWithFieldMessage(string date, int minutes, string field, string message)
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Scheduled TLC", configure: c =>
            (c.Frequency, c.MeetingDay, c.WeekOfMonth, c.StartTime, c.DurationMinutes, c.FirstMeetingOn) =
                (MeetingFrequency.Monthly, DayOfWeek.Tuesday, 2, new TimeOnly(16, 0), minutes, new DateOnly(2026, 9, 1)));
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var response = await client.PostFormAsync($"/Communities/Details/{community}?handler=StartMeeting", new Dictionary<string, string>
        {
            ["Start.Template"] = "tlc",
            ["Start.Date"] = date,
            ["Start.Time"] = "16:00",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Html.FieldError(await response.Content.ReadAsStringAsync(), field), StringComparison.Ordinal);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Meetings.CountAsync(m => m.CommunityId == community)));
    }
}
