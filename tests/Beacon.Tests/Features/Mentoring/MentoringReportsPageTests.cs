using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Mentoring;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Mentoring;

[Trait("Category", "Database")]
public class MentoringReportsPageTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    /// <summary>
    /// An induction programme (20 hours required, capacity 1) with A–X and B–X at Oak and C–Z at Pine, sessions with
    /// notes, an overdue milestone for C, and two recorded years in which A and B stayed and C left.
    /// </summary>
    private async Task<(TestDistrict District, MentoringFixture People)> SeedAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var f = await MentoringFixture.CreateAsync(factory, district);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            db.Districts.Single().SurveyMinimumRespondents = 3;
            var programme = new MentoringProgramme { Name = "Induction 2026", RequiredHours = 20, DefaultCapacity = 1, StartsOn = new DateOnly(2025, 9, 1) };
            Pairing Pair(Guid mentee, Guid mentor, Guid school, int minutes) => new()
            {
                Programme = programme,
                MenteeId = mentee,
                MentorId = mentor,
                SchoolId = school,
                StartedOn = programme.StartsOn,
                Sessions = [new MentoringSession { Date = programme.StartsOn, Minutes = minutes, Focus = "Planning", PrivateNotes = "Secret note of the pair", PrivateNextSteps = "Secret next step" }],
            };
            var cz = Pair(f.C, f.Z, f.Pine, 90);
            cz.MilestoneList.Add(new PairingMilestone { Name = "First observation", DueOn = new DateOnly(2025, 10, 1) });
            db.Pairings.AddRange(Pair(f.A, f.X, f.Oak, 1_200), Pair(f.B, f.X, f.Oak, 300), cz);
            var y1 = new SchoolYear { Name = "2024-25", StartsOn = new DateOnly(2024, 9, 1), EndsOn = new DateOnly(2025, 6, 30) };
            var y2 = new SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 9, 1), EndsOn = new DateOnly(2026, 6, 30) };
            db.SchoolYears.AddRange(y1, y2);
            StaffYearRecord Record(SchoolYear year, Guid staff, Guid school, int years) =>
                new() { SchoolYear = year, StaffMemberId = staff, SchoolId = school, Role = StaffRole.Teacher, YearsOfExperience = years, Fte = 1 };
            db.StaffYearRecords.AddRange(
                Record(y1, f.A, f.Oak, 0), Record(y1, f.B, f.Oak, 1), Record(y1, f.C, f.Pine, 1), Record(y1, f.X, f.Oak, 11),
                Record(y2, f.A, f.Oak, 1), Record(y2, f.B, f.Pine, 2), Record(y2, f.X, f.Oak, 12));
            await db.SaveChangesAsync();
        });
        return (district, f);
    }

    [Fact]
    public async Task Reports_Coordinator_ShowsHoursLoadOverdueRetentionAndReachWithoutNotes()
    {
        var (district, _) = await SeedAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var response = await client.GetAsync("/Mentoring/Reports");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // By programme: 3 pairings, 26.5 of 60 hours, one at the requirement.
        Assert.Contains("<td>Induction 2026</td><td>3</td><td>26.5</td><td>60.0</td><td>44%</td><td>1</td>", page);
        Assert.Contains("<td>Oak Elementary</td><td>Induction 2026</td><td>2</td><td>25.0</td><td>40.0</td>", page);
        Assert.Contains("<td>Pine Elementary</td><td>Induction 2026</td><td>1</td><td>1.5</td><td>20.0</td>", page);
        Assert.Contains("Cal Tester with Zed Tester", page);
        Assert.Contains("First observation", page);
        Assert.Contains("<td>Xavi Tester</td><td>Induction 2026</td><td>2</td><td>1</td><td>over capacity</td>", page);
        // Retention 2024-25 to 2025-26: A and B stayed (B at another school), C left.
        Assert.Contains("<td>Mentored new teachers</td>", page);
        Assert.Contains("<td>3</td><td>2</td><td>67%</td>", page);
        Assert.Contains("<td>Other new teachers</td>", page);
        Assert.Contains("fewer than 3, not shown", page);
        // Two schools have no poverty share: no quartiles; neither school has a tier.
        Assert.Contains("<th scope=\"col\">No quartile</th>", page);
        Assert.Contains("<td>3 mentees, 2 schools</td>", page);
        Assert.DoesNotContain("Secret", page);
    }

    [Fact]
    public async Task Reports_Principal_SeesOwnSchoolsHoursButNeverNotesOrOtherSchools()
    {
        var (district, f) = await SeedAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.SchoolLeader, f.P));

        var response = await client.GetAsync("/Mentoring/Reports");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The pairings at your school", page);
        Assert.Contains("<td>Oak Elementary</td><td>Induction 2026</td><td>2</td><td>25.0</td>", page);
        Assert.Contains("<td>Induction 2026</td><td>2</td><td>25.0</td><td>40.0</td>", page);
        Assert.DoesNotContain("Pine Elementary", page);
        Assert.DoesNotContain("Cal Tester", page);
        Assert.Contains("No milestone is overdue.", page);
        // Two of Oak's new teachers: fewer than the minimum, so no rate.
        Assert.DoesNotContain("%</td>", page.Split("Retention of new teachers")[1]);
        Assert.DoesNotContain("Reach by poverty quartile", page);
        Assert.DoesNotContain("Secret", page);
        Assert.Contains("/Mentoring/Reports", WebUtility.HtmlDecode(await client.GetPageAsync("/")));
    }

    [Fact]
    public async Task Reports_TeacherOrEmptyDistrict_ForbiddenOrEmptyStates()
    {
        var (district, f) = await SeedAsync();
        using var teacher = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher, f.A));
        var empty = await factory.CreateDistrictAsync();
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(empty, Roles.DistrictLeader));

        var forbidden = await teacher.GetAsync("/Mentoring/Reports");
        var page = WebUtility.HtmlDecode(await leader.GetPageAsync("/Mentoring/Reports"));

        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", forbidden.Headers.Location!.PathAndQuery);
        Assert.Contains("No pairings yet.", page);
        Assert.Contains("No milestone is overdue.", page);
        Assert.Contains("No mentor has a mentee yet.", page);
        Assert.Contains("Retention needs two years of recorded staffing", page);
    }
}
