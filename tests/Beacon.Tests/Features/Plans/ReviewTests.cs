using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Audit;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public partial class ReviewTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task SignOffReview_GoalOffTrack_DashboardAndBoardShowTheNewStatus()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Every child reads by grade 3");
        var goalId = await PlanData.GoalIdAsync(factory, district, planId, 1);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);
        var before = GoalStatus(await client.GetPageAsync("/Plans/Dashboard"));

        var reviewUrl = await StartReviewAsync(client, planId);
        var signed = await client.PostFormAsync(reviewUrl, new Dictionary<string, string>
        {
            ["Goals[0].GoalId"] = goalId.ToString(),
            ["Goals[0].Status"] = "OffTrack",
            ["Goals[0].Narrative"] = "Grade 3 results fell for the second year.",
            ["Goals[0].Evidence"] = "Spring benchmark, 41% proficient",
        }, $"{reviewUrl}?handler=SignOff");

        Assert.Equal("Not rated", before);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var dashboard = await client.GetPageAsync("/Plans/Dashboard");
        Assert.Equal("Off track", GoalStatus(dashboard));
        Assert.Contains("data-testid=\"off-track\">1<", dashboard);
        var board = await client.GetPageAsync("/Plans/Board");
        Assert.Contains("Grade 3 results fell for the second year.", board);
        Assert.Contains("signed off by Test District leader", board);
    }

    [Fact]
    public async Task SignOff_GoalWithoutStatusOrNarrative_IsRefusedAndStaysADraft()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var goalId = await PlanData.GoalIdAsync(factory, district, planId, 1);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);
        var reviewUrl = await StartReviewAsync(client, planId);

        var response = await client.PostFormAsync(reviewUrl, new Dictionary<string, string> { ["Goals[0].GoalId"] = goalId.ToString() }, $"{reviewUrl}?handler=SignOff");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose on track, at risk or off track before signing off.", body);
        Assert.Contains("Say briefly how the goal is going before signing off.", body);
        Assert.False(await factory.InScopeAsync(district.Id, (_, db) => db.ProgressReviews.AnyAsync(r => r.PlanId == planId && r.SignedOffAt != null)));
    }

    [Fact]
    public async Task PlanChanges_ThroughThePages_AreEachAuditedWithTheirAuthor()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        await client.PostFormAsync($"/Plans/Goals/New/{planId}", new Dictionary<string, string> { ["Form.Title"] = "Audited goal" });
        await client.PostFormAsync($"/Plans/Actions/New/{planId}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Audited action",
            ["Form.OwnerName"] = "Grade 3 team",
            ["Form.Status"] = "NotStarted",
        });
        await client.PostFormAsync($"/Plans/Edit/{planId}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Renamed plan",
            ["Form.StartYear"] = "2025",
            ["Form.Years"] = "3",
            ["Form.Mission"] = "New mission",
        });

        var entries = await factory.InScopeAsync(district.Id, (_, db) =>
            db.AuditEntries.Where(a => a.UserId == leader.Id).Select(a => new { a.Entity, a.Action, a.UserName, a.Changes }).ToListAsync());
        Assert.Contains(entries, e => e.Entity == "PlanGoal" && e.Action == AuditAction.Created && e.Changes.Contains("Audited goal"));
        Assert.Contains(entries, e => e.Entity == "PlanAction" && e.Action == AuditAction.Created && e.Changes.Contains("Grade 3 team"));
        Assert.Contains(entries, e => e.Entity == "Plan" && e.Action == AuditAction.Updated && e.Changes.Contains("Renamed plan") && e.Changes.Contains("New mission"));
        Assert.All(entries, e => Assert.Equal(leader.Email, e.UserName));
    }

    private static async Task<string> StartReviewAsync(BrowserlessClient client, Guid planId)
    {
        var started = await client.PostFormAsync($"/Plans/Reviews/New/{planId}", new Dictionary<string, string> { ["Year"] = "2025", ["Quarter"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return started.Headers.Location!.OriginalString;
    }

    private static string GoalStatus(string dashboard) => GoalStatusPattern().Match(dashboard).Groups[1].Value;

    [GeneratedRegex("data-testid=\"goal-status\">([^<]+)<")]
    private static partial Regex GoalStatusPattern();
}
