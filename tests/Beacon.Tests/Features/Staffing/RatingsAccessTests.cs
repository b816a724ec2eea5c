using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Staffing;

/// <summary>
/// Acceptance 4 of issue 7: ratings are for district leaders and human resources; a school leader
/// sees aggregates of their own school only; a teacher sees none.
/// </summary>
[Trait("Category", "Database")]
public class RatingsAccessTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private sealed record Arranged(TestDistrict District, Guid Year, Guid LowPoverty, Guid HighPoverty, Guid HighPovertyStaff);

    private async Task<Arranged> ArrangeAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        var (low, high, staff) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var low = await db.Schools.Where(s => s.Name == "Q1 Low Poverty").Select(s => s.Id).SingleAsync();
            var high = await db.Schools.Where(s => s.Name == "Q4 High Poverty").Select(s => s.Id).SingleAsync();
            var staff = await db.StaffAssignments.Where(a => a.SchoolId == high && a.StaffMember!.Role == StaffRole.Teacher)
                .Select(a => a.StaffMemberId).FirstAsync();
            return (low, high, staff);
        });
        return new Arranged(district, year, low, high, staff);
    }

    [Fact]
    public async Task SchoolStaffing_PrincipalOfTheSchool_SeesSharesButNoIndividualRatings()
    {
        var a = await ArrangeAsync();
        using var principal = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(a.District, Roles.SchoolLeader, a.HighPovertyStaff));

        var page = WebUtility.HtmlDecode(await principal.GetPageAsync($"/Staffing/School/{a.HighPoverty}?year={a.Year}"));

        Assert.Contains("quartile Q4", QuartileLine(page));
        // Four teachers are fewer than the district's minimum group of five: no share is shown (issue 15, finding 10).
        foreach (var share in new[] { "inexperienced", "ineffective", "highly-effective", "uncertified", "out-of-field" })
        {
            Assert.Contains("fewer than 5 — not shown", Figure(page, share));
        }
        Assert.DoesNotContain("50.0%", page);
        Assert.Contains(">75.0<", Figure(page, "pupils-per-teacher"));
        // No person is named and no single rating is shown.
        Assert.DoesNotContain("Staff Q4 High Poverty", page);
        Assert.DoesNotContain(">Ineffective<", page);
        Assert.DoesNotContain(">Highly effective<", page);
    }

    [Fact]
    public async Task SchoolStaffing_PrincipalOfAnotherSchool_IsForbidden()
    {
        var a = await ArrangeAsync();
        using var principal = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(a.District, Roles.SchoolLeader, a.HighPovertyStaff));

        await AccessAssert.ForbiddenAsync(principal, $"/Staffing/School/{a.LowPoverty}");
        await AccessAssert.ForbiddenAsync(principal, $"/Staffing/Equity?year={a.Year}");
    }

    [Fact]
    public async Task MySchool_PrincipalOfOneSchool_IsTakenToThatSchool()
    {
        var a = await ArrangeAsync();
        using var principal = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(a.District, Roles.SchoolLeader, a.HighPovertyStaff));

        var response = await principal.GetAsync("/Staffing/MySchool");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Staffing/School/{a.HighPoverty}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task MySchool_PrincipalWithoutStaffRecord_IsToldWhatToAsk()
    {
        var a = await ArrangeAsync();
        using var principal = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(a.District, Roles.SchoolLeader));

        var page = await principal.GetPageAsync("/Staffing/MySchool");

        Assert.Contains("not linked to a school", page);
    }

    [Fact]
    public async Task Staffing_TeacherOfTheSchool_SeesNoneOfIt()
    {
        var a = await ArrangeAsync();
        using var teacher = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(a.District, Roles.Teacher, a.HighPovertyStaff));

        await AccessAssert.ForbiddenAsync(teacher, $"/Staffing/School/{a.HighPoverty}");
        await AccessAssert.ForbiddenAsync(teacher, "/Staffing/MySchool");
        await AccessAssert.ForbiddenAsync(teacher, "/Staffing/Equity");
        var staff = WebUtility.HtmlDecode(await teacher.GetPageAsync($"/Staff/{a.HighPovertyStaff}"));
        Assert.DoesNotContain("Effectiveness", staff);
    }

    [Theory]
    [InlineData(Roles.HumanResources)]
    [InlineData(Roles.DistrictLeader)]
    [InlineData(Roles.DistrictAdministrator)]
    public async Task Ratings_DistrictLeadersAndHumanResources_SeeThemEverywhere(string role)
    {
        var a = await ArrangeAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(a.District, role));

        var equity = WebUtility.HtmlDecode(await client.GetPageAsync($"/Staffing/Equity?year={a.Year}"));
        var school = WebUtility.HtmlDecode(await client.GetPageAsync($"/Staffing/School/{a.LowPoverty}?year={a.Year}"));
        var staff = WebUtility.HtmlDecode(await client.GetPageAsync($"/Staff/{a.HighPovertyStaff}"));
        var list = WebUtility.HtmlDecode(await client.GetPageAsync("/Staff"));

        Assert.Contains("data-testid=\"gap-ineffective\">+50.0<", equity);
        Assert.Contains(">60.0%<", Figure(school, "highly-effective"));
        Assert.Contains("<dt>Effectiveness</dt>", staff);
        Assert.Contains(">Effectiveness<", list);
    }

    [Fact]
    public async Task Ratings_CoachAndTrustee_SeeNoSchoolStaffing()
    {
        var a = await ArrangeAsync();
        foreach (var role in new[] { Roles.Coach, Roles.BoardTrustee })
        {
            using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(a.District, role, a.HighPovertyStaff));
            await AccessAssert.ForbiddenAsync(client, $"/Staffing/School/{a.HighPoverty}");
        }
    }

    private static string QuartileLine(string page)
    {
        var at = page.IndexOf("data-testid=\"quartile\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "no quartile line");
        return page[at..page.IndexOf("</p>", at, StringComparison.Ordinal)];
    }

    private static string Figure(string page, string name)
    {
        var start = page.IndexOf($"data-figure=\"{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no figure {name}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
