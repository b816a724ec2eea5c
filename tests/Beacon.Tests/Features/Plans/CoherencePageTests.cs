using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public partial class CoherencePageTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task Coherence_FixtureWithSeededGaps_ListsExactlyThoseGaps()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var (schoolId, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
        var schoolPlan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, schoolId);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var goal = db.PlanGoals.First(g => g.PlanId == districtPlan);
            var served = new Strategy { Id = Guid.CreateVersion7(), PlanId = districtPlan, GoalId = goal.Id, Title = "Literacy coaching" };
            var orphan = new Strategy { Id = Guid.CreateVersion7(), PlanId = districtPlan, Title = "Orphan strategy" };
            var start = new DateOnly(2025, 9, 1);
            var due = new DateOnly(2026, 6, 1);
            db.AddRange(served, orphan,
                new PlanAction { PlanId = districtPlan, StrategyId = served.Id, Title = "Coherent action", OwnerName = "Lee", StartsOn = start, DueOn = due },
                new PlanAction { PlanId = districtPlan, StrategyId = served.Id, Title = "Unowned action", StartsOn = start, DueOn = due },
                new PlanAction { PlanId = districtPlan, StrategyId = served.Id, Title = "Undated action", OwnerName = "Lee", StartsOn = start },
                new PlanAction { PlanId = districtPlan, StrategyId = orphan.Id, Title = "Action under orphan", OwnerName = "Lee", StartsOn = start, DueOn = due },
                new PlanAction { PlanId = districtPlan, Title = "Cancelled without anything", Status = ActionStatus.Cancelled },
                new PlanAction { PlanId = schoolPlan, Title = "School action without strategy", OwnerName = "Pat", StartsOn = start, DueOn = due });
            await db.SaveChangesAsync();
        });
        var trustee = await factory.CreateAccountAsync(district, Roles.BoardTrustee);
        using var client = await BrowserlessClient.SignedInAsync(factory, trustee);

        var page = await client.GetPageAsync("/Plans/Coherence");

        Assert.Equal(["Orphan strategy"], Gap(page, "strategy-without-goal"));
        Assert.Equal(["Action under orphan", "School action without strategy"], Gap(page, "action-without-goal").Order());
        Assert.Equal(["Unowned action"], Gap(page, "action-without-owner"));
        Assert.Equal(["Undated action"], Gap(page, "action-without-dates"));
        Assert.Empty(Gap(page, "priority"));
        Assert.Contains("5 gaps found.", page);
        Assert.DoesNotContain("Coherent action", page);
        Assert.DoesNotContain("Cancelled without anything", page);
    }

    [Fact]
    public async Task Coherence_PrioritiesOfLatestCycles_ListsThoseNoStrategyOfTheSameScopeAddresses()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var (schoolId, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Birch Middle");
        var framework = await PrioritiesFixture.FrameworkAsync(factory, district, "Quality review", "QA.1", "QA.2", "QA.3");
        // An older school cycle's priority no longer counts once the school has assessed again.
        await PrioritiesFixture.CycleAsync(factory, district, framework, null, DateTimeOffset.UtcNow.AddDays(-10), "QA.1", "QA.2");
        await PrioritiesFixture.CycleAsync(factory, district, framework, schoolId, DateTimeOffset.UtcNow.AddDays(-400), "QA.1");
        await PrioritiesFixture.CycleAsync(factory, district, framework, schoolId, DateTimeOffset.UtcNow.AddDays(-5), "QA.3");
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var goal = db.PlanGoals.First(g => g.PlanId == districtPlan);
            var sd1 = db.Indicators.First(i => i.Code == "QA.1");
            var strategy = new Strategy { Id = Guid.CreateVersion7(), PlanId = districtPlan, GoalId = goal.Id, Title = "Leadership coaching" };
            strategy.Indicators.Add(new StrategyIndicator { IndicatorId = sd1.Id });
            db.Add(strategy);
            await db.SaveChangesAsync();
        });
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var gaps = Gap(await client.GetPageAsync("/Plans/Coherence"), "priority");

        Assert.Equal(["Quality review QA.2: Indicator QA.2 (district)", "Quality review QA.3: Indicator QA.3 (Birch Middle)"], gaps.Order());
    }

    [Fact]
    public async Task StrategyForm_LinksTheSchoolsPriority_GapClosesAndPlanShowsWhatItAddresses()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var (schoolId, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Cedar High");
        var schoolPlan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, schoolId);
        var framework = await PrioritiesFixture.FrameworkAsync(factory, district, "Quality basics", "QB.1", "QB.2");
        await PrioritiesFixture.CycleAsync(factory, district, framework, schoolId, DateTimeOffset.UtcNow.AddDays(-3), "QB.2");
        var lc2 = await factory.InScopeAsync(district.Id, (_, db) => Task.FromResult(db.Indicators.First(i => i.Code == "QB.2").Id));
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);
        Assert.Single(Gap(await client.GetPageAsync("/Plans/Coherence"), "priority"));

        var form = await client.GetPageAsync($"/Plans/Strategies/New/{schoolPlan}");
        Assert.Matches(@"QB\.2: Indicator QB\.2\s*<span class=""badge"">priority</span>", form);
        var refused = await client.PostFormAsync($"/Plans/Strategies/New/{schoolPlan}",
            new Dictionary<string, string> { ["Form.Title"] = "Peer observation", ["Form.IndicatorIds[0]"] = Guid.NewGuid().ToString() });
        Assert.Contains("no longer offered", await refused.Content.ReadAsStringAsync());
        var saved = await client.PostFormAsync($"/Plans/Strategies/New/{schoolPlan}",
            new Dictionary<string, string> { ["Form.Title"] = "Peer observation", ["Form.IndicatorIds[0]"] = lc2.ToString() });

        Assert.True(saved.StatusCode == System.Net.HttpStatusCode.Redirect, BrowserlessClient.Excerpt(await saved.Content.ReadAsStringAsync()));
        Assert.Empty(Gap(await client.GetPageAsync("/Plans/Coherence"), "priority"));
        Assert.Contains("Addresses: QB.2: Indicator QB.2", await client.GetPageAsync($"/Plans/Details/{schoolPlan}"));
        Assert.Equal(1, await factory.InScopeAsync(district.Id, (_, db) => Task.FromResult(db.AuditEntries.Count(a => a.Entity == "StrategyIndicator"))));
    }

    [Fact]
    public async Task Coherence_NoPlans_SaysThereIsNothingToCheck()
    {
        var district = await factory.CreateDistrictAsync();
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        Assert.Contains("There are no plans to check yet.", await client.GetPageAsync("/Plans/Coherence"));
    }

    private static List<string> Gap(string page, string kind)
    {
        var list = Regex.Match(page, $"<ul data-gap=\"{kind}\">(.*?)</ul>", RegexOptions.Singleline);
        return list.Success
            ? LinkText().Matches(list.Groups[1].Value).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList()
            : [];
    }

    [GeneratedRegex("<a [^>]*>([^<]+)</a>")]
    private static partial Regex LinkText();
}
