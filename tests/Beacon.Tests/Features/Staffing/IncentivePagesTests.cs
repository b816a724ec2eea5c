using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Staffing;

[Trait("Category", "Database")]
public class IncentivePagesTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Incentive_SimulatedThenAdopted_ListsEligibleTeachersAndCostAndRecordsWhoAdopted()
    {
        var district = await factory.CreateDistrictAsync();
        await EquityFixture.CreateAsync(factory, district);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var created = await client.PostFormAsync("/Staffing/Incentives/New", new Dictionary<string, string>
        {
            ["Form.Name"] = "High-poverty bonus",
            ["Form.Kind"] = "HighlyEffectiveInHighPoverty",
            ["Form.MinimumPovertyPercent"] = "75",
            ["Form.AmountPerYear"] = "5000",
        });
        var details = created.Headers.Location!.OriginalString;
        var simulation = WebUtility.HtmlDecode(await client.GetPageAsync(details));
        var refused = await client.PostFormAsync(details, new Dictionary<string, string>(), details + "?handler=Adopt");
        var adopted = await client.PostFormAsync(details, new Dictionary<string, string> { ["Confirm"] = "true" }, details + "?handler=Adopt");

        // Only Q4 (90% poverty) reaches 75%, and it has one highly effective teacher.
        Assert.Contains("data-testid=\"eligible-count\">1<", simulation);
        Assert.Contains("data-testid=\"total-cost\">5,000<", simulation);
        Assert.Contains("Tick the box to confirm", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        var rule = await factory.InScopeAsync(district.Id, (_, db) => db.IncentiveRules.SingleAsync());
        Assert.True(rule.Adopted);
        Assert.Equal(leader.Email, rule.AdoptedBy);
    }

    [Fact]
    public async Task Incentive_SubjectRuleWithoutSubject_ShowsFieldMessage()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var response = await client.PostFormAsync("/Staffing/Incentives/New", new Dictionary<string, string>
        {
            ["Form.Name"] = "Maths",
            ["Form.Kind"] = "HardToStaffSubjectInTopQuartile",
            ["Form.AmountPerYear"] = "3000",
        });

        Assert.Contains("Enter the hard-to-staff subject", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
