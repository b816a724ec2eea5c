using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Support;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Support;

[Trait("Category", "Database")]
public class PartnershipPagesTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task TwoYearContract_MilestonesMetAndOneMissed_ReleasesWithholdsWithReasonAndLedgerAddsUp()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Harbor Elementary", "Fairview Elementary");
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var newForm = $"/Support/Partnerships/New?school={schools["Harbor Elementary"]}";

        var created = await client.PostFormAsync(newForm, new Dictionary<string, string>
        {
            ["school"] = schools["Harbor Elementary"].ToString(),
            ["Form.SupportingSchoolId"] = schools["Fairview Elementary"].ToString(),
            ["Form.AreasOfNeed"] = "Reading, attendance",
            ["Form.StartsOn"] = "2026-09-01",
            ["Form.Years"] = "2",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = created.Headers.Location!.OriginalString;
        foreach (var (title, due) in new[] { ("Term 1", "2027-01-31"), ("Term 2", "2027-06-30"), ("Term 3", "2028-01-31"), ("Term 4", "2028-06-30") })
        {
            var added = await client.PostFormAsync(details, new Dictionary<string, string>
            {
                ["Milestone.Title"] = title,
                ["Milestone.Target"] = "Reading proficiency up 3 points",
                ["Milestone.DueOn"] = due,
                ["Milestone.Amount"] = "25000",
            }, details + "?handler=Milestone");
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        var milestones = await factory.InScopeAsync(district.Id, async (_, db) =>
            (await db.Milestones.ToListAsync()).OrderBy(m => m.DueOn).Select(m => m.Id.ToString()).ToList());

        Task<HttpResponseMessage> Record(int index, string met, string reason = "") => client.PostFormAsync(details, new Dictionary<string, string>
        {
            ["Outcome.MilestoneId"] = milestones[index],
            ["Outcome.TermsMet"] = met,
            ["Outcome.Reason"] = reason,
        }, details + "?handler=Outcome");
        Assert.Equal(HttpStatusCode.Redirect, (await Record(0, "true")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Record(1, "true")).StatusCode);
        var noReason = WebUtility.HtmlDecode(await (await Record(2, "false")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Record(2, "false", "Reading stayed at 41%; target was 44%")).StatusCode);
        var reversal = WebUtility.HtmlDecode(await (await Record(2, "true")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Record(3, "true")).StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetPageAsync(details));

        Assert.Contains("Say why the terms were not met", noReason);
        Assert.Contains("already recorded as missed", reversal);
        Assert.Contains("1 Sep 2026 – 31 Aug 2028", page);
        Assert.Contains("data-testid=\"ledger-contracted\">100,000.00<", page);
        Assert.Contains("data-testid=\"ledger-released\">75,000.00<", page);
        Assert.Contains("data-testid=\"ledger-withheld\">25,000.00<", page);
        Assert.Contains("data-testid=\"ledger-scheduled\">0.00<", page);
        Assert.Contains("Reading stayed at 41%; target was 44%", page);
        var instalments = await factory.InScopeAsync(district.Id, (_, db) => db.Instalments.ToListAsync());
        Assert.Equal(3, instalments.Count(i => i.Status == InstalmentStatus.Released));
        Assert.Equal("Reading stayed at 41%; target was 44%", Assert.Single(instalments, i => i.Status == InstalmentStatus.Withheld).Reason);
    }

    [Fact]
    public async Task AddMilestone_DueAfterTheContract_SaysTheContractDates()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "A School", "B School");
        var id = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var p = new Partnership
            {
                SupportedSchoolId = schools["A School"],
                SupportingSchoolId = schools["B School"],
                AreasOfNeed = "Maths",
                StartsOn = new DateOnly(2026, 9, 1),
                EndsOn = new DateOnly(2028, 8, 31),
                CreatedBy = "test",
            };
            db.Partnerships.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var response = await client.PostFormAsync($"/Support/Partnerships/{id}", new Dictionary<string, string>
        {
            ["Milestone.Title"] = "Late",
            ["Milestone.Target"] = "x",
            ["Milestone.DueOn"] = "2029-01-01",
            ["Milestone.Amount"] = "10",
        }, $"/Support/Partnerships/{id}?handler=Milestone");

        Assert.Contains("Choose a date within the contract, 1 Sep 2026 to 31 Aug 2028.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Partnership_PrincipalOfAnotherSchool_IsRefused()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "A School", "B School", "C School");
        var (id, staffId) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var p = new Partnership
            {
                SupportedSchoolId = schools["A School"],
                SupportingSchoolId = schools["B School"],
                AreasOfNeed = "Maths",
                StartsOn = new DateOnly(2026, 9, 1),
                EndsOn = new DateOnly(2028, 8, 31),
                CreatedBy = "test",
            };
            var principal = new Beacon.Web.Features.Staff.StaffMember { SourceId = "P1", GivenName = "Pat", FamilyName = "Principal" };
            principal.Assignments.Add(new Beacon.Web.Features.Staff.StaffAssignment { SchoolId = schools["C School"] });
            db.AddRange(p, principal);
            await db.SaveChangesAsync();
            return (p.Id, principal.Id);
        });
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.SchoolLeader, staffId));

        await AccessAssert.ForbiddenAsync(client, $"/Support/Partnerships/{id}");
    }
}
