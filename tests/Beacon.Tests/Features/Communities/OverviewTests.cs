using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Communities;

[Trait("Category", "Database")]
public class OverviewTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Overview_Fixture_FiguresEqualThoseRecomputedFromRawRows()
    {
        var district = await factory.CreateDistrictAsync();
        var now = DateTimeOffset.UtcNow;
        var facilitator = await factory.CreateAccountAsync(district, Roles.Coach);
        var teachers = new List<TestAccount>();
        for (var i = 0; i < 3; i++)
        {
            teachers.Add(await factory.CreateAccountAsync(district, Roles.Teacher));
        }
        var school = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var s = new School { SourceId = "s1", Name = "Birch Elementary" };
            db.Schools.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        var start = DateOnly.FromDateTime(now.AddDays(-200).UtcDateTime);
        var active = await CommunityData.CommunityAsync(factory, district, "Birch maths PLC", CommunityKind.SchoolPlc, c =>
        {
            (c.SchoolId, c.Frequency, c.MeetingDay, c.WeekOfMonth, c.StartTime, c.FirstMeetingOn) =
                (school, MeetingFrequency.Monthly, DayOfWeek.Tuesday, 2, new TimeOnly(16, 0), start);
            var cancelled = MeetingRecurrence.SeriesDates(c.Rule!, DateOnly.FromDateTime(now.UtcDateTime)).Skip(1).First();
            c.Exceptions.Add(new ScheduleException { OccursOn = cancelled });
        });
        var quiet = await CommunityData.CommunityAsync(factory, district, "Reading inquiry group", CommunityKind.InquiryGroup);
        await CommunityData.MemberAsync(factory, district, active, facilitator, MemberRole.Facilitator);
        var members = new List<Guid>();
        foreach (var t in teachers)
        {
            members.Add(await CommunityData.MemberAsync(factory, district, active, t));
        }
        var quietMember = await CommunityData.MemberAsync(factory, district, quiet, teachers[0]);
        await CommunityData.PlanItemAsync(factory, district, members[0], "exit-questions", TechniqueStatus.Embedded);
        await CommunityData.PlanItemAsync(factory, district, members[1], "exit-questions", TechniqueStatus.Trying);
        await CommunityData.PlanItemAsync(factory, district, members[2], "exit-questions", TechniqueStatus.Embedded);
        await CommunityData.PlanItemAsync(factory, district, members[0], "wait-time", TechniqueStatus.Dropped);
        await CommunityData.PlanItemAsync(factory, district, quietMember, "hinge-question", TechniqueStatus.Planned);
        await MeetingAsync(district, active, now.AddDays(-10), members, present: 2);
        await MeetingAsync(district, active, now.AddDays(-45), members, present: 3);
        await MeetingAsync(district, active, now.AddDays(-150), members, present: 1);
        await MeetingAsync(district, quiet, now.AddDays(-90), [quietMember], present: 1);
        await MeetingAsync(district, quiet, now.AddDays(-400), [quietMember], present: 0);

        var overview = await factory.InScopeAsync(district.Id, (sp, _) => sp.GetRequiredService<CommunityOverviewQuery>().RunAsync());
        var expected = await RecomputeAsync(district, now);

        Assert.Equal(expected.PerSchool, overview.PerSchool.Select(s => (s.School, s.Communities)).ToList());
        Assert.Equal(expected.Communities, overview.Communities.Select(c => (c.Name, c.MeetingsScheduled, c.MeetingsHeld, c.AttendanceRecorded, c.Present, c.HasFacilitator, c.MetInLast60Days)).ToList());
        Assert.Equal(expected.Techniques, overview.Techniques.Select(t => (t.Technique, t.Adopted, t.Embedded)).ToList());
        // The fixture's own numbers, so the recomputation cannot agree with a wrong query by sharing its mistake.
        Assert.Equal((4, 10, 7), (overview.MeetingsHeld, overview.AttendanceRecorded, overview.Present));
        Assert.Equal(["Reading inquiry group"], overview.WithoutFacilitator.Select(c => c.Name));
        Assert.Equal(["Reading inquiry group"], overview.Quiet.Select(c => c.Name));
        Assert.Equal(("Exit questions", 3, 2), expected.Techniques[0]);

        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);
        var page = WebUtility.HtmlDecode(await client.GetPageAsync("/Communities/Overview"));
        Assert.Contains($"{overview.MeetingsHeld} of {overview.MeetingsScheduled} scheduled", page);
        Assert.Contains($"{overview.Present} of {overview.AttendanceRecorded} places filled", page);
        Assert.DoesNotContain("Sorting", page);
    }

    [Fact]
    public async Task Overview_Teacher_IsRefused()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.GetAsync("/Communities/Overview");

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQuery);
    }

    private Task MeetingAsync(TestDistrict district, Guid community, DateTimeOffset at, IReadOnlyList<Guid> members, int present) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var meeting = new Meeting { Id = Guid.CreateVersion7(), CommunityId = community, StartsAt = at, TemplateName = TlcTemplate.Name };
            meeting.Attendance.AddRange(members.Select((m, i) => new MeetingAttendance { MemberId = m, Present = i < present }));
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
        });

    /// <summary>The same figures by brute force over every raw row, independent of the query's grouping and of the recurrence code.</summary>
    private Task<(List<(string, int)> PerSchool, List<(string, int, int, int, int, bool, bool)> Communities, List<(string, int, int)> Techniques)> RecomputeAsync(
        TestDistrict district, DateTimeOffset now) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var communities = await db.Communities.Include(c => c.Exceptions).Include(c => c.School).ToListAsync();
            var members = await db.CommunityMembers.ToListAsync();
            var meetings = await db.Meetings.ToListAsync();
            var attendance = await db.MeetingAttendance.ToListAsync();
            var items = await db.ActionPlanItems.ToListAsync();
            var since = now.AddDays(-365);
            bool InWindow(Meeting m) => m.StartsAt >= since && m.StartsAt <= now;

            int Scheduled(Community c)
            {
                if (c.Rule is not { } rule)
                {
                    return 0;
                }
                var count = 0;
                for (var day = DateOnly.FromDateTime(since.UtcDateTime); day <= DateOnly.FromDateTime(now.UtcDateTime); day = day.AddDays(1))
                {
                    var isSeriesDay = day >= rule.From && day.DayOfWeek == rule.Day && (day.Day - 1) / 7 + 1 == rule.WeekOfMonth;
                    if (isSeriesDay && c.Exceptions.All(e => e.OccursOn != day))
                    {
                        count++;
                    }
                }
                return count;
            }

            var perSchool = communities.GroupBy(c => c.School?.Name ?? "District-wide or network").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count())).ToList();
            var figures = communities.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c =>
            {
                var held = meetings.Where(m => m.CommunityId == c.Id && InWindow(m)).ToList();
                var rows = attendance.Where(a => held.Any(m => m.Id == a.MeetingId)).ToList();
                return (c.Name, Scheduled(c), held.Count, rows.Count, rows.Count(r => r.Present),
                    members.Any(m => m.CommunityId == c.Id && m.Role == MemberRole.Facilitator),
                    meetings.Any(m => m.CommunityId == c.Id && m.StartsAt >= now.AddDays(-60) && m.StartsAt <= now));
            }).ToList();
            var techniques = items.GroupBy(i => i.TechniqueName)
                .Select(g => (g.Key, g.Count(), g.Count(i => i.Status == TechniqueStatus.Embedded)))
                .OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
            return (perSchool, figures, techniques);
        });
}
