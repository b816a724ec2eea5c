using Beacon.BrowserTests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Features.Plans;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class PlansJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task BoardReport_PrintMedia_HidesNavigationAndKeepsTheReport()
    {
        await SeedDistrictPlanAsync("Board print plan", "Every child reads by grade 3");
        var page = await browser.SignedInPageAsync("trustee@riverside.example");
        await page.GotoAsync("/Plans/Board");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(nav).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(nav).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download as PDF" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("board report");
        await Assertions.Expect(page.GetByText("Every child reads by grade 3").First).ToBeVisibleAsync();

        var pdf = await page.Context.APIRequest.GetAsync("/Plans/Board?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
    }

    [Fact]
    public async Task SchoolLeader_WritesAlignedGoalAndAction_DistrictDashboardShowsIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var districtGoal = $"Every child reads by grade 3 ({suffix})";
        var schoolGoal = $"Our K-2 readers catch up ({suffix})";
        var action = $"Phonics training for K-2 teachers ({suffix})";

        // A district leader writes the district plan and its goal.
        var leader = await browser.SignedInPageAsync("leader@riverside.example");
        await leader.GotoAsync("/Plans/New");
        await leader.GetByLabel("Title").FillAsync($"Riverside strategic plan {suffix}");
        await leader.GetByLabel("Mission").FillAsync("Every student learns, every day.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        var districtPlanUrl = leader.Url;
        await leader.GetByRole(AriaRole.Link, new() { Name = "Add a goal" }).ClickAsync();
        await leader.GetByLabel("Goal", new() { Exact = true }).FillAsync(districtGoal);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Add the goal" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = $"Goal 1: {districtGoal}" })).ToBeVisibleAsync();
        var districtPlanId = districtPlanUrl.Split('/').Last();

        // The principal writes a school plan under it, a goal serving the district goal, a strategy and an action.
        var principal = await browser.SignedInPageAsync("principal@riverside.example");
        await principal.GotoAsync("/Plans");
        await principal.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(New|Write a) school plan$") }).ClickAsync();
        var school = (await principal.GetByLabel("School", new() { Exact = true }).Locator("option:checked").InnerTextAsync()).Trim();
        await principal.GetByLabel("Serves the district plan").SelectOptionAsync(new SelectOptionValue { Label = $"Riverside strategic plan {suffix}" });
        await principal.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        await principal.GetByRole(AriaRole.Link, new() { Name = "Add a goal" }).ClickAsync();
        await principal.GetByLabel("Goal", new() { Exact = true }).FillAsync(schoolGoal);
        await principal.GetByLabel("District goal it serves").SelectOptionAsync(new SelectOptionValue { Label = $"Goal 1: {districtGoal}" });
        await principal.GetByRole(AriaRole.Button, new() { Name = "Add the goal" }).ClickAsync();
        await principal.GetByRole(AriaRole.Link, new() { Name = "Add a strategy" }).ClickAsync();
        await principal.GetByLabel("Strategy", new() { Exact = true }).FillAsync("Small-group phonics every morning");
        await principal.GetByRole(AriaRole.Button, new() { Name = "Add the strategy" }).ClickAsync();
        await principal.GetByRole(AriaRole.Link, new() { Name = "Add an action" }).ClickAsync();
        await principal.GetByLabel("Action", new() { Exact = true }).FillAsync(action);
        await principal.GetByLabel("Owner's name (if they have no account)").FillAsync("Pat Principal");
        await principal.GetByLabel("Starts on").FillAsync("2026-09-01");
        await principal.GetByLabel("Due on").FillAsync("2027-03-31");
        await principal.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
        await principal.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await Assertions.Expect(principal.GetByRole(AriaRole.Cell, new() { Name = "Pat Principal" })).ToBeVisibleAsync();

        // The district dashboard shows the aligned school goal, and filtered to the school, its action.
        await leader.GotoAsync($"/Plans/Dashboard?plan={districtPlanId}");
        var serving = leader.GetByRole(AriaRole.Table, new() { Name = "School goals serving goal 1" });
        await Assertions.Expect(serving.GetByRole(AriaRole.Row).Filter(new() { HasText = schoolGoal })).ToContainTextAsync(school);
        await Assertions.Expect(serving).ToContainTextAsync("0 of 1 complete");
        await leader.GetByLabel("School").SelectOptionAsync(new SelectOptionValue { Label = school });
        await leader.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Rowheader, new() { Name = action })).ToBeVisibleAsync();

        await Accessibility.AssertNoSeriousViolationsAsync(leader);
    }

    [Fact]
    public async Task ActionOwner_OnAPhone_FoundByTypingANameAndChosenFromTheList()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var planId = await SeedDistrictPlanAsync($"Picker plan {suffix}", "Families as partners");
        var page = await browser.SignedInPageAsync("leader@riverside.example", new ViewportSize { Width = 375, Height = 800 });
        await page.GotoAsync($"/Plans/Actions/New/{planId}");
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync($"Family reading nights ({suffix})");

        // Enter in the search lists the matches in place (no page load: what was typed above stays as it is).
        await page.GetByLabel("Name or email").FillAsync("casey");
        await page.GetByLabel("Name or email").PressAsync("Enter");
        var casey = page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Casey Coach") });
        await Assertions.Expect(casey).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Terry Teacher") }).CountAsync());
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the picker fits a phone's width");
        await casey.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the action", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Casey Coach", Exact = true })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private async Task<Guid> SeedDistrictPlanAsync(string title, string goal)
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        // Accounts are readable before a district is in scope; the demo administrator names the demo district.
        var districtId = await db.Users.Where(u => u.Email == "admin@riverside.example").Select(u => u.DistrictId!.Value).FirstAsync();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        var plan = new Plan { Id = Guid.CreateVersion7(), Title = title, StartYear = 2026, Years = 3, Mission = "Every student learns.", Vision = "Ready for any path." };
        plan.Goals.Add(new PlanGoal { Position = 1, Title = goal });
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
