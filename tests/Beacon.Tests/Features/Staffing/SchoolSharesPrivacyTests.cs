using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Staffing;

/// <summary>
/// Finding 10 of issue 15: "rated ineffective 3.8% of 26 FTE" named one teacher to the principal.
/// A principal sees no share that describes fewer teachers than the district's minimum group size;
/// human resources and district leaders keep the figure.
/// </summary>
[Trait("Category", "Database")]
public class SchoolSharesPrivacyTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<(TestDistrict District, Guid School, Guid Principal)> TwentySixTeachersOneIneffectiveAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var school = new School { Id = Guid.CreateVersion7(), SourceId = $"S-{Guid.NewGuid():N}"[..20], Name = "Cedar Elementary", Enrollment = 520, PovertyPercent = 60 };
        var staff = Enumerable.Range(1, 27).Select(i =>
        {
            var member = new StaffMember
            {
                Id = Guid.CreateVersion7(),
                SourceId = $"T{i}-{Guid.NewGuid():N}"[..20],
                GivenName = "Teacher",
                FamilyName = $"Number {i}",
                Role = i == 27 ? StaffRole.Administrator : StaffRole.Teacher,
                YearsOfExperience = i <= 8 ? 1 : 10,
                Certification = CertificationStatus.Certified,
                Effectiveness = i == 1 ? EffectivenessRating.Ineffective : i <= 7 ? EffectivenessRating.HighlyEffective : EffectivenessRating.Effective,
            };
            member.Assignments.Add(new StaffAssignment { School = school, Fte = 1 });
            return member;
        }).ToList();
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            db.Add(school);
            db.AddRange(staff);
            await db.SaveChangesAsync();
        });
        return (district, school.Id, staff[26].Id);
    }

    [Fact]
    public async Task SchoolStaffing_PrincipalOfTwentySixTeachersOneIneffective_DoesNotSeeThatShare()
    {
        var (district, school, principalStaff) = await TwentySixTeachersOneIneffectiveAsync();
        using var principal = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.SchoolLeader, principalStaff));

        var page = WebUtility.HtmlDecode(await principal.GetPageAsync($"/Staffing/School/{school}"));

        Assert.Contains(">26<", Figure(page, "teacher-fte"));
        Assert.Contains("fewer than 5 — not shown", Figure(page, "ineffective"));
        Assert.DoesNotContain("3.8%", page);
        // Shares of groups large enough (and whose complements are) stay.
        Assert.Contains(">30.8%<", Figure(page, "inexperienced"));
        Assert.Contains(">23.1%<", Figure(page, "highly-effective"));
        Assert.Contains("data-testid=\"suppression-note\"", page);
    }

    [Fact]
    public async Task SchoolStaffing_DistrictMinimumRaised_HidesLargerGroupsToo()
    {
        var (district, school, principalStaff) = await TwentySixTeachersOneIneffectiveAsync();
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            db.Districts.Single().SurveyMinimumRespondents = 7;
            await db.SaveChangesAsync();
        });
        using var principal = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.SchoolLeader, principalStaff));

        var page = WebUtility.HtmlDecode(await principal.GetPageAsync($"/Staffing/School/{school}"));

        Assert.Contains("fewer than 7 — not shown", Figure(page, "highly-effective"));
        Assert.Contains(">30.8%<", Figure(page, "inexperienced"));
    }

    [Theory]
    [InlineData(Roles.HumanResources)]
    [InlineData(Roles.DistrictLeader)]
    public async Task SchoolStaffing_HumanResourcesAndLeaders_SeeEveryShare(string role)
    {
        var (district, school, _) = await TwentySixTeachersOneIneffectiveAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, role));

        var page = WebUtility.HtmlDecode(await client.GetPageAsync($"/Staffing/School/{school}"));

        Assert.Contains(">3.8%<", Figure(page, "ineffective"));
        Assert.DoesNotContain("not shown", page);
    }

    private static string Figure(string page, string name)
    {
        var start = page.IndexOf($"data-figure=\"{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no figure {name}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
