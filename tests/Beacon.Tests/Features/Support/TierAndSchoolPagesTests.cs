using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Support;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Support;

[Trait("Category", "Database")]
public class TierAndSchoolPagesTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task AssignTier_RecordsTheSupportsAndTheirCostAsTheyStoodThen()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Harbor Elementary");
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var tier = (await client.PostFormAsync("/Support/Tiers", new Dictionary<string, string> { ["Form.Level"] = "2", ["Form.Name"] = "Tier 2 — targeted" }))
            .Headers.Location!.OriginalString;
        await client.PostFormAsync(tier, new Dictionary<string, string>
        {
            ["Form.Kind"] = "CoachDays",
            ["Form.Description"] = "Literacy coach",
            ["Form.Quantity"] = "20",
            ["Form.UnitCost"] = "450",
        });
        await client.PostFormAsync(tier, new Dictionary<string, string>
        {
            ["Form.Kind"] = "Funding",
            ["Form.Description"] = "Release time",
            ["Form.Quantity"] = "1",
            ["Form.UnitCost"] = "15000.50",
        });
        var tierId = tier.Split('/')[^1];

        var assigned = await client.PostFormAsync("/Support/Tiers/Assign", new Dictionary<string, string>
        {
            ["Form.SchoolId"] = schools["Harbor Elementary"].ToString(),
            ["Form.TierId"] = tierId,
            ["Form.Note"] = "After review",
        });
        await client.PostFormAsync(tier, new Dictionary<string, string>
        {
            ["Form.Kind"] = "ExtraPosition",
            ["Form.Description"] = "Added later",
            ["Form.Quantity"] = "1",
            ["Form.UnitCost"] = "90000",
        });
        var schoolPage = WebUtility.HtmlDecode(await client.GetPageAsync(assigned.Headers.Location!.OriginalString));

        Assert.Equal($"/Support/School/{schools["Harbor Elementary"]}", assigned.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"assigned-cost\">24,000.50<", schoolPage);
        Assert.Contains("20 × Coach days: Literacy coach @ 450.00 = 9,000.00", schoolPage);
        Assert.DoesNotContain("Added later", schoolPage);
        var assignment = await factory.InScopeAsync(district.Id, (_, db) => db.TierAssignments.SingleAsync());
        Assert.Equal(24_000.50m, assignment.TotalCost);
    }

    [Fact]
    public async Task SchoolPage_Principal_SeesOwnSchoolAndIsRefusedAnother()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Own School", "Other School");
        var staffId = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var principal = new StaffMember { SourceId = "P1", GivenName = "Pat", FamilyName = "Principal" };
            principal.Assignments.Add(new StaffAssignment { SchoolId = schools["Own School"] });
            db.StaffMembers.Add(principal);
            db.SchoolFlags.Add(FlagRaiser.NewFlag(schools["Own School"], FlagOrigin.Judgment, null, null, "Attendance dipping", "lee", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return principal.Id;
        });
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.SchoolLeader, staffId));

        var own = WebUtility.HtmlDecode(await client.GetPageAsync($"/Support/School/{schools["Own School"]}"));

        Assert.Contains("Attendance dipping", own);
        Assert.DoesNotContain("/Support/Flags/New", own);
        await AccessAssert.ForbiddenAsync(client, $"/Support/School/{schools["Other School"]}");
    }

    [Fact]
    public async Task Settings_WeightsChanged_PerformanceViewUsesThem()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Harbor Elementary");
        var (reading, maths) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var year = new Beacon.Web.Features.Schools.SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 8, 15), EndsOn = new DateOnly(2026, 6, 15) };
            var r = new Beacon.Web.Features.Metrics.Measure { Code = "reading", Name = "Reading (%)" };
            var m = new Beacon.Web.Features.Metrics.Measure { Code = "maths", Name = "Maths (%)" };
            db.AddRange(year, r, m,
                new Beacon.Web.Features.Metrics.SchoolMetric { SchoolId = schools["Harbor Elementary"], SchoolYear = year, Measure = r, Value = 40 },
                new Beacon.Web.Features.Metrics.SchoolMetric { SchoolId = schools["Harbor Elementary"], SchoolYear = year, Measure = m, Value = 80 });
            await db.SaveChangesAsync();
            return (r.Id, m.Id);
        });
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var before = WebUtility.HtmlDecode(await client.GetPageAsync("/Support"));

        var form = WebUtility.HtmlDecode(await client.GetPageAsync("/Support/Settings"));
        var fields = new Dictionary<string, string> { ["Form.Threshold"] = "55", ["Form.DeclineYears"] = "2", ["Form.BottomSharePercent"] = "10" };
        var index = 0;
        foreach (var id in System.Text.RegularExpressions.Regex.Matches(form, "name=\"Weights\\[\\d+\\].MeasureId\" value=\"([^\"]+)\"").Select(m => Guid.Parse(m.Groups[1].Value)))
        {
            fields[$"Weights[{index}].MeasureId"] = id.ToString();
            fields[$"Weights[{index}].Weight"] = id == reading ? "3" : id == maths ? "1" : "0";
            index++;
        }
        var saved = await client.PostFormAsync("/Support/Settings", fields);
        var after = WebUtility.HtmlDecode(await client.GetPageAsync("/Support"));

        Assert.Contains(">60.0<", before);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(">50.0<", after);
        Assert.Contains("Below threshold", after);
        Assert.Contains("A latest score below 55.0", after);
    }
}
