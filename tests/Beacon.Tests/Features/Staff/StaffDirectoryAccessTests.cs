using System.Net;
using Beacon.Tests.Features.Schools;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Staff;

/// <summary>
/// Finding 10 of issue 15: teachers and trustees could browse and export the whole staff directory
/// with emails, experience and certification. Field by field: names, roles and schools for every
/// district role but trustees; email, staff number, experience, certification and FTE, and the export,
/// for district administrators, district leaders and human resources only.
/// </summary>
[Trait("Category", "Database")]
public class StaffDirectoryAccessTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<(TestDistrict District, Guid Member)> ArrangeAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var alder = ListData.School("Alder Elementary");
        var member = ListData.Staff("Ana", "Lopez", alder);
        member.StaffNumber = "E-7731";
        member.YearsOfExperience = 17;
        member.Certification = CertificationStatus.Provisional;
        member.Effectiveness = EffectivenessRating.Developing;
        await factory.SaveAsync(district, alder, member);
        return (district, member.Id);
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.SchoolLeader)]
    public async Task Directory_SchoolStaff_SeeNamesRolesAndSchoolsOnly(string role)
    {
        var (district, member) = await ArrangeAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, role));

        var list = PageText.Of(await client.GetPageAsync("/Staff"));
        var details = PageText.Of(await client.GetPageAsync($"/Staff/{member}"));

        foreach (var page in new[] { list, details })
        {
            Assert.Contains("Lopez, Ana", page.Replace("Ana Lopez", "Lopez, Ana", StringComparison.Ordinal));
            Assert.Contains("Teacher", page);
            Assert.Contains("Alder Elementary", page);
            Assert.DoesNotContain("ana.lopez@test.example", page);
            Assert.DoesNotContain("E-7731", page);
            Assert.DoesNotContain("Years of experience", page);
            Assert.DoesNotContain("Provisional", page);
            Assert.DoesNotContain("Developing", page);
            Assert.DoesNotContain("Certification", page);
        }
        Assert.DoesNotContain("Download this list", list);
        // Neither can the hidden fields be searched or sorted by: a search by email finds nobody.
        Assert.Contains("No staff match", PageText.Of(await client.GetPageAsync("/Staff?q=ana.lopez%40test")));
        await AccessAssert.ForbiddenAsync(client, "/Staff?handler=Export&format=csv");
        await AccessAssert.ForbiddenAsync(client, "/Staff?handler=Export&format=xlsx");
    }

    [Fact]
    public async Task Directory_BoardTrustee_HasNone()
    {
        var (district, member) = await ArrangeAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.BoardTrustee));

        await AccessAssert.ForbiddenAsync(client, "/Staff");
        await AccessAssert.ForbiddenAsync(client, $"/Staff/{member}");
        await AccessAssert.ForbiddenAsync(client, "/Staff?handler=Export&format=csv");
        Assert.DoesNotContain("href=\"/Staff\"", await client.GetPageAsync("/"));
    }

    [Theory]
    [InlineData(Roles.DistrictAdministrator)]
    [InlineData(Roles.DistrictLeader)]
    [InlineData(Roles.HumanResources)]
    public async Task Directory_RosterAndStaffingRoles_SeeAndExportEveryField(string role)
    {
        var (district, member) = await ArrangeAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, role));

        var list = PageText.Of(await client.GetPageAsync("/Staff?q=ana.lopez%40test"));
        var details = PageText.Of(await client.GetPageAsync($"/Staff/{member}"));
        var export = await client.GetAsync("/Staff?handler=Export&format=csv");
        var csv = await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Lopez, Ana", list);
        Assert.Contains("Provisional", list);
        Assert.Contains("ana.lopez@test.example", details);
        Assert.Contains("E-7731", details);
        Assert.Contains("17", details);
        Assert.Contains("Developing", details);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("ana.lopez@test.example", csv);
        Assert.Contains("E-7731", csv);
        Assert.Contains("Provisional", csv);
    }
}
