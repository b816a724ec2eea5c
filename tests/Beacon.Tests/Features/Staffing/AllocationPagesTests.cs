using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Audit;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Staffing;

[Trait("Category", "Database")]
public class AllocationPagesTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<(TestDistrict District, Guid Year, TestAccount Leader, BrowserlessClient Client)> ArrangeAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        return (district, year, leader, await BrowserlessClient.SignedInAsync(factory, leader));
    }

    private static Dictionary<string, string> NewScenario(Guid year, string name, string total = "5", string max = "3") => new()
    {
        ["Form.Name"] = name,
        ["Form.PositionKind"] = "Instructional coach",
        ["Form.SchoolYearId"] = year.ToString(),
        ["Form.TotalPositions"] = total,
        ["Form.Step"] = "1",
        ["Form.CostPerPosition"] = "80000",
        ["Form.DefaultMinimum"] = "0",
        ["Form.DefaultMaximum"] = max,
    };

    [Fact]
    public async Task NewScenario_ValidSettings_AllocatesExactlyKByPovertyWithinBounds()
    {
        var (district, year, _, client) = await ArrangeAsync();

        var response = await client.PostFormAsync("/Staffing/Allocations/New", NewScenario(year, "By poverty"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var positions = await factory.InScopeAsync(district.Id, (_, db) => db.ScenarioSchools
            .Select(s => new { s.School!.Name, s.Positions }).ToListAsync());
        Assert.Equal(5m, positions.Sum(p => p.Positions));
        Assert.All(positions, p => Assert.InRange(p.Positions, 0m, 3m));
        // Poverty 10, 30, 60, 90 of 190: shares 0.26, 0.79, 1.58, 2.37 → floors 0, 0, 1, 2, and the
        // two largest remainders (0.79 and 0.58) get one more each: 0, 1, 2, 2.
        Assert.Equal([0m, 1m, 2m, 2m], positions.OrderBy(p => p.Name).Select(p => p.Positions));
    }

    [Fact]
    public async Task NewScenario_MaximumsTooLow_ShowsWhyAndSavesNothing()
    {
        var (district, year, _, client) = await ArrangeAsync();

        var response = await client.PostFormAsync("/Staffing/Allocations/New", NewScenario(year, "Too many", total: "10", max: "1"));

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("maximums add up to 4 positions, fewer than the 10", page);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.AllocationScenarios.CountAsync()));
    }

    [Fact]
    public async Task NewScenario_MissingName_ShowsFieldMessage()
    {
        var (_, year, _, client) = await ArrangeAsync();

        var response = await client.PostFormAsync("/Staffing/Allocations/New", NewScenario(year, ""));

        Assert.Contains("Give the scenario a name", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Decide_TwoScenariosCompared_DecisionBecomesStaffingAndIsAudited()
    {
        var (district, year, leader, client) = await ArrangeAsync();
        await client.PostFormAsync("/Staffing/Allocations/New", NewScenario(year, "Spread thin", total: "4", max: "1"));
        await client.PostFormAsync("/Staffing/Allocations/New", NewScenario(year, "Concentrated", total: "4", max: "3"));
        var ids = await factory.InScopeAsync(district.Id, (_, db) => db.AllocationScenarios.ToDictionaryAsync(s => s.Name, s => s.Id));

        var compare = WebUtility.HtmlDecode(await client.GetPageAsync($"/Staffing/Allocations/Compare?ids={ids["Spread thin"]}&ids={ids["Concentrated"]}"));
        var decide = await client.PostFormAsync($"/Staffing/Allocations/Details/{ids["Concentrated"]}",
            new Dictionary<string, string> { ["Rationale"] = "Put coaches where poverty is highest." },
            $"/Staffing/Allocations/Details/{ids["Concentrated"]}?handler=Decide");

        Assert.Contains("Schools gaining", compare);
        // Concentrated (max 3): shares 0.21, 0.63, 1.26, 1.89 → 0, 1, 1, 2; spread thin gives 1 each.
        Assert.Contains("+1", compare);
        Assert.Contains(">-1<", compare);
        Assert.Equal(HttpStatusCode.Redirect, decide.StatusCode);
        var (extra, audit) = await factory.InScopeAsync(district.Id, async (_, db) => (
            await db.ExtraPositions.Select(p => new { p.School!.Name, p.Positions }).ToListAsync(),
            await db.AuditEntries.Where(a => a.Entity == "AllocationScenario" && a.Action == AuditAction.Updated).ToListAsync()));
        Assert.Equal(4m, extra.Sum(p => p.Positions));
        Assert.Equal(2m, extra.Single(p => p.Name == "Q4 High Poverty").Positions);
        var decision = Assert.Single(audit);
        Assert.Equal(leader.Id, decision.UserId);
        Assert.Contains("Put coaches where poverty is highest.", decision.Changes);
    }

    [Fact]
    public async Task Decide_ReplacingEarlierDecisionWithoutConfirming_IsRefused()
    {
        var (district, year, _, client) = await ArrangeAsync();
        await client.PostFormAsync("/Staffing/Allocations/New", NewScenario(year, "First"));
        await client.PostFormAsync("/Staffing/Allocations/New", NewScenario(year, "Second", max: "2"));
        var ids = await factory.InScopeAsync(district.Id, (_, db) => db.AllocationScenarios.ToDictionaryAsync(s => s.Name, s => s.Id));
        await client.PostFormAsync($"/Staffing/Allocations/Details/{ids["First"]}",
            new Dictionary<string, string> { ["Rationale"] = "First choice." }, $"/Staffing/Allocations/Details/{ids["First"]}?handler=Decide");

        var refused = await client.PostFormAsync($"/Staffing/Allocations/Details/{ids["Second"]}",
            new Dictionary<string, string> { ["Rationale"] = "Changed our mind." }, $"/Staffing/Allocations/Details/{ids["Second"]}?handler=Decide");

        Assert.Contains("Tick the box to confirm", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.True(await factory.InScopeAsync(district.Id, (_, db) => db.AllocationScenarios.Where(s => s.Name == "First").Select(s => s.IsDecision).SingleAsync()));
    }

    [Fact]
    public async Task Recalculate_SchoolBoundRaised_SchoolGetsMoreAndTotalStays()
    {
        var (district, year, _, client) = await ArrangeAsync();
        await client.PostFormAsync("/Staffing/Allocations/New", NewScenario(year, "Bounded", total: "4", max: "1"));
        var (id, rows) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var scenario = await db.AllocationScenarios.SingleAsync();
            return (scenario.Id, await db.ScenarioSchools.OrderBy(s => s.School!.Name).Select(s => new { s.SchoolId, s.School!.Name }).ToListAsync());
        });
        var form = new Dictionary<string, string>();
        for (var i = 0; i < rows.Count; i++)
        {
            form[$"Bounds[{i}].SchoolId"] = rows[i].SchoolId.ToString();
            form[$"Bounds[{i}].Minimum"] = "0";
            form[$"Bounds[{i}].Maximum"] = rows[i].Name == "Q4 High Poverty" ? "3" : "1";
        }

        var response = await client.PostFormAsync($"/Staffing/Allocations/Details/{id}", form, $"/Staffing/Allocations/Details/{id}?handler=Recalculate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var positions = await factory.InScopeAsync(district.Id, (_, db) => db.ScenarioSchools.Select(s => new { s.School!.Name, s.Positions }).ToListAsync());
        Assert.Equal(4m, positions.Sum(p => p.Positions));
        Assert.True(positions.Single(p => p.Name == "Q4 High Poverty").Positions > 1);
    }

    [Fact]
    public async Task Allocations_Teacher_IsForbidden()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        var response = await client.GetAsync("/Staffing/Allocations");

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }
}
