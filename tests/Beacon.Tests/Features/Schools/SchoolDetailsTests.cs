using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Schools;

[Trait("Category", "Database")]
public class SchoolDetailsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Details_SchoolWithMetrics_ShowsMeasuresByYearOldestFirst()
    {
        var district = await factory.CreateDistrictAsync();
        var school = ListData.School("Alder Elementary", enrollment: 420, poverty: 63.5);
        var (older, reading) = ListData.YearAndMeasure("2023-24", "Reading proficiency (%)");
        var (newer, attendance) = ListData.YearAndMeasure("2024-25", "Attendance rate (%)");
        await factory.SaveAsync(district, school, newer, older, reading, attendance,
            new SchoolMetric { SchoolId = school.Id, SchoolYearId = older.Id, MeasureId = reading.Id, Value = 55.5 },
            new SchoolMetric { SchoolId = school.Id, SchoolYearId = newer.Id, MeasureId = reading.Id, Value = 60 },
            new SchoolMetric { SchoolId = school.Id, SchoolYearId = newer.Id, MeasureId = attendance.Id, Value = 94.25 });
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        var page = await client.GetPageAsync($"/Schools/{school.Id}");

        var metrics = page[page.IndexOf("data-testid=\"metrics\"", StringComparison.Ordinal)..];
        metrics = PageText.Of(metrics[..metrics.IndexOf("</table>", StringComparison.Ordinal)]);
        Assert.Contains("Measure 2023-24 2024-25", metrics);
        Assert.Contains("Attendance rate (%) — 94.25", metrics);
        Assert.Contains("Reading proficiency (%) 55.5 60", metrics);
        Assert.Contains("63.5%", PageText.Of(page));
    }

    [Fact]
    public async Task Details_NoMetrics_SaysSo()
    {
        var district = await factory.CreateDistrictAsync();
        var school = ListData.School("Alder Elementary");
        await factory.SaveAsync(district, school);
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        var page = await client.GetPageAsync($"/Schools/{school.Id}");

        Assert.Contains("No metrics recorded for this school yet", page);
        Assert.Contains("No staff are assigned to this school yet", page);
    }

    [Fact]
    public async Task Details_ManyStaff_ListsTheFirstAndLinksToTheFullStaffList()
    {
        var district = await factory.CreateDistrictAsync();
        var school = ListData.School("Birch High");
        var staff = Enumerable.Range(1, 30).Select(i => (object)ListData.Staff("Given", $"Family{i:00}", school)).ToArray();
        await factory.SaveAsync(district, [school, .. staff]);
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        var page = await client.GetPageAsync($"/Schools/{school.Id}");

        var names = PageText.FirstColumn(page, after: "id=\"staff\"");
        Assert.Equal(25, names.Count);
        Assert.Equal("Family01, Given", names[0]);
        Assert.Contains($"href=\"/Staff?school={school.Id}\"", page);
        Assert.Contains("Showing 25 of 30 staff", PageText.Of(page));
    }

    [Fact]
    public async Task Details_Trustee_SeesTheStaffCountButNoNamesOrDirectoryLinks()
    {
        var district = await factory.CreateDistrictAsync();
        var school = ListData.School("Birch High");
        var staff = Enumerable.Range(1, 3).Select(i => (object)ListData.Staff("Given", $"Family{i:00}", school)).ToArray();
        await factory.SaveAsync(district, [school, .. staff]);
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.BoardTrustee));

        var page = await client.GetPageAsync($"/Schools/{school.Id}");

        Assert.Contains("3 staff are assigned to this school.", PageText.Of(page));
        Assert.DoesNotContain("Family01", page);
        Assert.DoesNotContain("href=\"/Staff", page);
    }

    [Fact]
    public async Task Details_AnotherDistrictsSchool_NotFound()
    {
        var other = await factory.CreateDistrictAsync();
        var theirs = ListData.School("Hidden Valley High");
        await factory.SaveAsync(other, theirs);
        var mine = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(mine, Roles.DistrictAdministrator));

        var details = await client.GetAsync($"/Schools/{theirs.Id}");
        var edit = await client.GetAsync($"/Schools/{theirs.Id}/Edit");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.DoesNotContain("Hidden Valley", await details.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Details_ByRole_LinksToTheSchoolsStaffingAndSupportOnlyForThoseWhoMayOpenThem()
    {
        var district = await factory.CreateDistrictAsync();
        var school = ListData.School("Birch Middle");
        var other = ListData.School("Cedar High");
        var principalStaff = new Beacon.Web.Features.Staff.StaffMember { SourceId = "p-1", GivenName = "Pat", FamilyName = "Principal" };
        principalStaff.Assignments.Add(new Beacon.Web.Features.Staff.StaffAssignment { SchoolId = school.Id });
        await factory.SaveAsync(district, school, other, principalStaff);
        var staffing = $"href=\"/Staffing/School/{school.Id}\"";
        var support = $"href=\"/Support/School/{school.Id}\"";

        async Task<string> PageAsync(string role, Guid? staffMember = null, Guid? schoolId = null)
        {
            using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, role, staffMember));
            return await client.GetPageAsync($"/Schools/{schoolId ?? school.Id}");
        }

        var principal = await PageAsync(Roles.SchoolLeader, principalStaff.Id);
        Assert.Contains(staffing, principal);
        Assert.Contains(support, principal);
        var principalElsewhere = await PageAsync(Roles.SchoolLeader, principalStaff.Id, other.Id);
        Assert.DoesNotContain("/Staffing/School/", principalElsewhere);
        Assert.DoesNotContain("/Support/School/", principalElsewhere);
        var leader = await PageAsync(Roles.DistrictLeader);
        Assert.Contains(staffing, leader);
        Assert.Contains(support, leader);
        var hr = await PageAsync(Roles.HumanResources);
        Assert.Contains(staffing, hr);
        Assert.DoesNotContain(support, hr);
        var teacher = await PageAsync(Roles.Teacher);
        Assert.DoesNotContain("/Staffing/School/", teacher);
        Assert.DoesNotContain("/Support/School/", teacher);
    }
}
