using System.Globalization;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Learning;

/// <summary>A district with one school, its principal, three of its teachers, a coach and the office (a district leader).</summary>
public sealed record LearningPeople(TestDistrict District, Guid SchoolId, TestAccount Office, TestAccount Principal, TestAccount Coach, IReadOnlyList<TestAccount> Teachers)
{
    public static async Task<LearningPeople> CreateAsync(BeaconFactory factory)
    {
        var district = await factory.CreateDistrictAsync();
        var (schoolId, staffIds) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var school = new School { SourceId = "S1", Name = "Maple Elementary" };
            var staff = Enumerable.Range(0, 4).Select(i => new StaffMember { SourceId = $"T{i}", GivenName = $"Person{i}", FamilyName = "Staff" }).ToList();
            foreach (var member in staff)
            {
                member.Assignments.Add(new StaffAssignment { School = school });
            }
            db.Add(school);
            db.AddRange(staff);
            await db.SaveChangesAsync();
            return (school.Id, staff.Select(s => s.Id).ToList());
        });
        var teachers = new List<TestAccount>();
        for (var i = 1; i <= 3; i++)
        {
            teachers.Add(await factory.CreateAccountAsync(district, Roles.Teacher, staffIds[i]));
        }
        return new LearningPeople(district, schoolId,
            await factory.CreateAccountAsync(district, Roles.DistrictLeader),
            await factory.CreateAccountAsync(district, Roles.SchoolLeader, staffIds[0]),
            await factory.CreateAccountAsync(district, Roles.Coach),
            teachers);
    }

    /// <summary>The office drafts, schedules, credits and publishes an offering; returns its page's address.</summary>
    public static async Task<string> PublishAsync(BrowserlessClient office, string title, string facilitatorUserId, decimal cost, int capacity, DateTimeOffset startsAt,
        params (Guid CreditTypeId, string Amount)[] credits)
    {
        var created = await office.PostFormAsync("/Learning/New", new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.Kind"] = "Workshop",
            ["Form.Audience"] = "Grade 3 teachers",
            ["Form.Cost"] = cost.ToString(CultureInfo.InvariantCulture),
            ["Form.FacilitatorUserId"] = facilitatorUserId,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.OriginalString.Split('?')[0];
        var session = await office.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Session.StartsAt"] = startsAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Session.Minutes"] = "120",
            ["Session.TimeZoneId"] = "UTC",
            ["Session.Place"] = "Room 4, Maple Elementary",
            ["Session.Capacity"] = capacity.ToString(CultureInfo.InvariantCulture),
        }, page + "?handler=Session");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, session.StatusCode);
        foreach (var (type, amount) in credits)
        {
            var credit = await office.PostFormAsync(page, new Dictionary<string, string> { ["Credit.CreditTypeId"] = type.ToString(), ["Credit.Amount"] = amount }, page + "?handler=Credit");
            Assert.Equal(System.Net.HttpStatusCode.Redirect, credit.StatusCode);
        }
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await office.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Publish")).StatusCode);
        return page;
    }
}
