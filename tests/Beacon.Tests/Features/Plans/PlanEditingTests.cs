using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class PlanEditingTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task WritePlan_ThroughEveryForm_SavesWhatWasEntered()
    {
        var district = await factory.CreateDistrictAsync();
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        var owner = await factory.CreateAccountAsync(district, Roles.Coach);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var created = await client.PostFormAsync("/Plans/New", new Dictionary<string, string>
        {
            ["Form.Title"] = "Strategic plan",
            ["Form.StartYear"] = "2025",
            ["Form.Years"] = "3",
            ["Form.Mission"] = "Every student thrives.",
            ["Form.Vision"] = "Ready for any future.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        await Post(client, $"/Plans/Goals/New/{planId}", new() { ["Form.Title"] = "Reading", ["Form.Description"] = "All read well." });
        var goalId = await factory.InScopeAsync(district.Id, (_, db) => db.PlanGoals.Where(g => g.PlanId == planId).Select(g => g.Id).SingleAsync());
        await Post(client, $"/Plans/Measures/New/{goalId}", new()
        {
            ["Form.Name"] = "Reading proficiency",
            ["Form.Unit"] = "%",
            ["Form.HigherIsBetter"] = "true",
            ["Form.Baseline"] = "50",
            ["Form.BaselineYear"] = "2024",
            ["Form.YearValues[0].Year"] = "2025",
            ["Form.YearValues[0].Target"] = "54",
            ["Form.YearValues[0].Actual"] = "55",
            ["Form.YearValues[1].Year"] = "2026",
            ["Form.YearValues[1].Target"] = "58",
            ["Form.YearValues[2].Year"] = "2027",
        });
        await Post(client, $"/Plans/Strategies/New/{planId}", new() { ["Form.Title"] = "Coaching", ["Form.GoalId"] = goalId.ToString() });
        var strategyId = await factory.InScopeAsync(district.Id, (_, db) => db.Strategies.Where(s => s.PlanId == planId).Select(s => s.Id).SingleAsync());
        var badOwner = await client.PostFormAsync($"/Plans/Actions/New/{planId}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Train coaches",
            ["Form.OwnerUserId"] = "no-such-account",
            ["Form.Status"] = "NotStarted",
        });
        Assert.Contains("this person is not in your district", await badOwner.Content.ReadAsStringAsync());
        await Post(client, $"/Plans/Actions/New/{planId}", new()
        {
            ["Form.Title"] = "Train coaches",
            ["Form.StrategyId"] = strategyId.ToString(),
            ["Form.OwnerUserId"] = owner.Id,
            ["Form.StartsOn"] = "2025-09-01",
            ["Form.DueOn"] = "2026-01-31",
            ["Form.Status"] = "InProgress",
            ["Form.Budget"] = "12500.50",
            ["Form.FundingSource"] = "Title II",
        });

        var saved = await factory.InScopeAsync(district.Id, async (_, db) => (
            Plan: await db.Plans.SingleAsync(p => p.Id == planId),
            Measure: await db.PlanMeasures.Include(m => m.YearValues).SingleAsync(m => m.GoalId == goalId),
            Action: await db.PlanActions.SingleAsync(a => a.PlanId == planId)));
        Assert.Equal(("Every student thrives.", "Ready for any future.", 2025, 3), (saved.Plan.Mission, saved.Plan.Vision, saved.Plan.StartYear, saved.Plan.Years));
        Assert.Equal((50d, 2024), (saved.Measure.Baseline!.Value, saved.Measure.BaselineYear!.Value));
        Assert.Equal([(2025, 54d, 55d), (2026, 58d, (double?)null)],
            saved.Measure.YearValues.OrderBy(y => y.Year).Select(y => (y.Year, y.Target!.Value, y.EnteredActual)));
        Assert.Equal((strategyId, owner.Id, (string?)null, ActionStatus.InProgress, 12500.50m, "Title II"),
            (saved.Action.StrategyId!.Value, saved.Action.OwnerUserId, saved.Action.OwnerName, saved.Action.Status, saved.Action.Budget!.Value, saved.Action.FundingSource));
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 31)), (saved.Action.StartsOn!.Value, saved.Action.DueOn!.Value));

        var details = await client.GetPageAsync($"/Plans/Details/{planId}");
        Assert.Contains("Test Coach", details);
        Assert.Contains("12,500.5", details);
        Assert.Contains("Overdue", details);
    }

    [Fact]
    public async Task EditForms_OfAWholePlan_AllRenderForALeader()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var ids = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var goal = await db.PlanGoals.SingleAsync(g => g.PlanId == planId);
            var measure = new PlanMeasure { GoalId = goal.Id, Name = "Proficiency" };
            var strategy = new Strategy { Id = Guid.CreateVersion7(), PlanId = planId, GoalId = goal.Id, Title = "Coaching" };
            var action = new PlanAction { PlanId = planId, StrategyId = strategy.Id, Title = "Train" };
            var review = new ProgressReview { PlanId = planId, Year = 2025, Quarter = 1, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "x" };
            db.AddRange(measure, strategy, action, review);
            await db.SaveChangesAsync();
            return (Goal: goal.Id, Measure: measure.Id, Strategy: strategy.Id, Action: action.Id, Review: review.Id);
        });
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        string[] urls =
        [
            "/Plans", "/Plans/New", "/Plans/New?kind=school", $"/Plans/Details/{planId}", $"/Plans/Edit/{planId}",
            $"/Plans/Goals/New/{planId}", $"/Plans/Goals/Edit/{ids.Goal}", $"/Plans/Goals/Edit/{ids.Goal}?handler=Delete",
            $"/Plans/Measures/New/{ids.Goal}", $"/Plans/Measures/Edit/{ids.Measure}", $"/Plans/Measures/Edit/{ids.Measure}?handler=Delete",
            $"/Plans/Strategies/New/{planId}", $"/Plans/Strategies/Edit/{ids.Strategy}", $"/Plans/Strategies/Edit/{ids.Strategy}?handler=Delete",
            $"/Plans/Actions/New/{planId}", $"/Plans/Actions/Edit/{ids.Action}", $"/Plans/Actions/Edit/{ids.Action}?handler=Delete",
            $"/Plans/Reviews/New/{planId}", $"/Plans/Reviews/Details/{ids.Review}", "/Plans/Dashboard", "/Plans/Coherence", "/Plans/Board",
        ];
        foreach (var url in urls)
        {
            var page = await client.GetPageAsync(url);
            Assert.True(page.Split("<h1").Length == 2, $"{url} should have exactly one h1");
        }
    }

    [Fact]
    public async Task DeleteGoal_ServedBySchoolGoals_IsRefusedWithWhatToDo()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var goalId = await PlanData.GoalIdAsync(factory, district, districtPlan, 1);
        var (school, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
        var schoolPlan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, school);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            db.PlanGoals.Add(new PlanGoal { PlanId = schoolPlan, Position = 1, Title = "Alder readers", DistrictGoalId = goalId });
            await db.SaveChangesAsync();
        });
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var response = await client.PostFormAsync($"/Plans/Goals/Edit/{goalId}?handler=Delete", new Dictionary<string, string>());

        Assert.Contains("Align them to another district goal first", await response.Content.ReadAsStringAsync());
        Assert.Equal(2, await factory.InScopeAsync(district.Id, (_, db) => db.PlanGoals.CountAsync()));
    }

    private static async Task Post(BrowserlessClient client, string url, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"POST {url} answered {(int)response.StatusCode}: {BrowserlessClient.Excerpt(await response.Content.ReadAsStringAsync())}");
    }
}
