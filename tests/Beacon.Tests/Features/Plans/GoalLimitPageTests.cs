using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class GoalLimitPageTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task AddGoal_PlanAlreadyHasThreeGoals_IsRefusedAndNothingSaved()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading", "Mathematics", "Attendance");
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var form = await client.GetPageAsync($"/Plans/Goals/New/{planId}");
        var response = await client.PostFormAsync($"/Plans/Goals/New/{planId}", new Dictionary<string, string> { ["Form.Title"] = "A fourth goal" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("the most your district allows (3)", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the most your district allows (3)", body);
        Assert.Equal(3, await GoalCountAsync(district, planId));
    }

    [Fact]
    public async Task AddGoal_DistrictRaisedLimitToFour_FourthIsAddedAndFifthRefused()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading", "Mathematics", "Attendance");
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var saved = await client.PostFormAsync("/Plans/Settings", new Dictionary<string, string> { ["MaxGoalsPerPlan"] = "4" });
        var fourth = await client.PostFormAsync($"/Plans/Goals/New/{planId}", new Dictionary<string, string> { ["Form.Title"] = "Belonging" });
        var fifth = await client.PostFormAsync($"/Plans/Goals/New/{planId}", new Dictionary<string, string> { ["Form.Title"] = "Too many" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fourth.StatusCode);
        Assert.Contains("the most your district allows (4)", await fifth.Content.ReadAsStringAsync());
        Assert.Equal(4, await GoalCountAsync(district, planId));
        var titles = await factory.InScopeAsync(district.Id, (_, db) => db.PlanGoals.Where(g => g.PlanId == planId).OrderBy(g => g.Position).Select(g => g.Title).ToListAsync());
        Assert.Equal(["Reading", "Mathematics", "Attendance", "Belonging"], titles);
    }

    [Fact]
    public async Task Settings_LeaderWhoIsNotAdministrator_CannotChangeTheLimit()
    {
        var district = await factory.CreateDistrictAsync();
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var response = await client.GetAsync("/Plans/Settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AddSchoolGoal_NoDistrictGoalChosen_AsksForOneThenSavesTheAlignment()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var readingGoal = await PlanData.GoalIdAsync(factory, district, districtPlan, 1);
        var (schoolId, staffId) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
        var schoolPlan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, schoolId);
        var principal = await factory.CreateAccountAsync(district, Roles.SchoolLeader, staffId);
        using var client = await BrowserlessClient.SignedInAsync(factory, principal);

        var missing = await client.PostFormAsync($"/Plans/Goals/New/{schoolPlan}", new Dictionary<string, string> { ["Form.Title"] = "Grade 3 reading" });
        var aligned = await client.PostFormAsync($"/Plans/Goals/New/{schoolPlan}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Grade 3 reading",
            ["Form.DistrictGoalId"] = readingGoal.ToString(),
        });

        Assert.Contains("Choose the district goal this school goal serves.", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, aligned.StatusCode);
        var saved = await factory.InScopeAsync(district.Id, (_, db) => db.PlanGoals.SingleAsync(g => g.PlanId == schoolPlan));
        Assert.Equal(readingGoal, saved.DistrictGoalId);
    }

    private Task<int> GoalCountAsync(TestDistrict district, Guid planId) =>
        factory.InScopeAsync(district.Id, (_, db) => db.PlanGoals.CountAsync(g => g.PlanId == planId));
}
