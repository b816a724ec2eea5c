using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class PlanPermissionTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task Trustee_ReadsThePlanButEveryEditIsForbidden()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var goalId = await PlanData.GoalIdAsync(factory, district, planId, 1);
        var trustee = await factory.CreateAccountAsync(district, Roles.BoardTrustee);
        using var client = await BrowserlessClient.SignedInAsync(factory, trustee);
        var readable = $"/Plans/Details/{planId}";

        var details = await client.GetPageAsync(readable);
        var board = await client.GetPageAsync("/Plans/Board");
        var edits = new Dictionary<string, HttpResponseMessage>
        {
            ["edit plan"] = await client.PostFormAsync(readable, new Dictionary<string, string> { ["Form.Title"] = "Hijacked", ["Form.StartYear"] = "2025", ["Form.Years"] = "3" }, $"/Plans/Edit/{planId}"),
            ["add goal"] = await client.PostFormAsync(readable, new Dictionary<string, string> { ["Form.Title"] = "Hijacked" }, $"/Plans/Goals/New/{planId}"),
            ["edit goal"] = await client.PostFormAsync(readable, new Dictionary<string, string> { ["Form.Title"] = "Hijacked" }, $"/Plans/Goals/Edit/{goalId}"),
            ["delete goal"] = await client.PostFormAsync(readable, new Dictionary<string, string>(), $"/Plans/Goals/Edit/{goalId}?handler=Delete"),
            ["add action"] = await client.PostFormAsync(readable, new Dictionary<string, string> { ["Form.Title"] = "Hijacked" }, $"/Plans/Actions/New/{planId}"),
            ["start review"] = await client.PostFormAsync(readable, new Dictionary<string, string> { ["Year"] = "2025", ["Quarter"] = "1" }, $"/Plans/Reviews/New/{planId}"),
            ["new plan"] = await client.PostFormAsync(readable, new Dictionary<string, string> { ["Form.Title"] = "Hijacked", ["Form.StartYear"] = "2025", ["Form.Years"] = "3" }, "/Plans/New"),
        };

        Assert.Contains("Reading", details);
        Assert.DoesNotContain("/Plans/Goals/Edit/", details);
        Assert.Contains("Every student learns and thrives.", board);
        Assert.All(edits, e => Assert.True(e.Value.StatusCode == HttpStatusCode.Forbidden, $"{e.Key} answered {(int)e.Value.StatusCode}"));
        var unchanged = await factory.InScopeAsync(district.Id, async (_, db) => (
            await db.Plans.CountAsync(), await db.Plans.Select(p => p.Title).FirstAsync(), await db.PlanGoals.CountAsync(), await db.ProgressReviews.CountAsync()));
        Assert.Equal((1, "Strategic plan 2025-2028", 1, 0), unchanged);
    }

    [Fact]
    public async Task Trustee_PlanOfAnotherDistrict_IsNotFound()
    {
        var mine = await factory.CreateDistrictAsync();
        var theirs = await factory.CreateDistrictAsync();
        await PlanData.DistrictPlanAsync(factory, mine, "Our goal");
        var theirPlan = await PlanData.DistrictPlanAsync(factory, theirs, "Their secret goal");
        var trustee = await factory.CreateAccountAsync(mine, Roles.BoardTrustee);
        using var client = await BrowserlessClient.SignedInAsync(factory, trustee);

        var details = await client.GetAsync($"/Plans/Details/{theirPlan}");
        var board = await client.GetPageAsync($"/Plans/Board?plan={theirPlan}");
        var pdf = await client.GetAsync($"/Plans/Board?handler=Pdf&plan={theirPlan}");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.DoesNotContain("Their secret goal", board);
        Assert.Contains("Our goal", board);
        Assert.True(pdf.Content.Headers.ContentType?.MediaType == "application/pdf", $"{(int)pdf.StatusCode} {BrowserlessClient.Excerpt(await pdf.Content.ReadAsStringAsync())}");
    }

    [Fact]
    public async Task SchoolLeader_EditsOwnSchoolPlanOnly()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var (mySchool, myStaff) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
        var (otherSchool, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Birch Elementary");
        var myPlan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, mySchool);
        var otherPlan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, otherSchool);
        var principal = await factory.CreateAccountAsync(district, Roles.SchoolLeader, myStaff);
        using var client = await BrowserlessClient.SignedInAsync(factory, principal);
        Dictionary<string, string> Action(string title) => new() { ["Form.Title"] = title, ["Form.Status"] = "NotStarted" };

        var own = await client.PostFormAsync($"/Plans/Actions/New/{myPlan}", Action("Ours"));
        var other = await client.PostFormAsync($"/Plans/Details/{myPlan}", Action("Theirs"), $"/Plans/Actions/New/{otherPlan}");
        var district_ = await client.PostFormAsync($"/Plans/Details/{myPlan}", Action("District"), $"/Plans/Actions/New/{districtPlan}");
        var newPlanForOther = await client.PostFormAsync("/Plans/New?kind=school", new Dictionary<string, string>
        {
            ["Choice.SchoolId"] = otherSchool.ToString(),
            ["Choice.DistrictPlanId"] = districtPlan.ToString(),
            ["Form.Title"] = "Not mine",
            ["Form.StartYear"] = "2025",
            ["Form.Years"] = "3",
        });

        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, district_.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, newPlanForOther.StatusCode);
        Assert.Equal(["Ours"], await factory.InScopeAsync(district.Id, (_, db) => db.PlanActions.Select(a => a.Title).ToListAsync()));
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Coach)]
    public async Task OtherRoles_PostingAnEdit_AreForbidden(string role)
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var account = await factory.CreateAccountAsync(district, role);
        using var client = await BrowserlessClient.SignedInAsync(factory, account);

        var response = await client.PostFormAsync($"/Plans/Details/{planId}", new Dictionary<string, string> { ["Form.Title"] = "x" }, $"/Plans/Goals/New/{planId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
