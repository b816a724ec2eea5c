using System.Text.RegularExpressions;
using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public partial class SupportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string School = "Quarry Road Elementary School";

    [Fact]
    public async Task Support_LeaderFlagsByJudgmentAssignsTierAndPartnersWithSuggestedSchool()
    {
        var page = await browser.SignedInPageAsync("leader@riverside.example");
        await MainNav.ClickAsync(page, "Support");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("School performance");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Support" }).GetByRole(AriaRole.Link, new() { Name = "Flags" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Flag a school by judgment" }).ClickAsync();
        await page.GetByLabel("School").SelectOptionAsync(new SelectOptionValue { Label = School });
        await page.GetByLabel("Reason").FillAsync("New principal, three teachers left mid-year.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise flag" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flag-status")).ToHaveTextAsync("Open");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Assign a tier of support" }).ClickAsync();
        await page.GetByLabel("Tier of support").SelectOptionAsync(new SelectOptionValue { Label = "Tier 2 — targeted support (30,000.00)" });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign tier" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Support: {School}");
        await Assertions.Expect(page.GetByTestId("assigned-cost")).ToHaveTextAsync("30,000.00");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Start a partnership" }).ClickAsync();
        var firstChoice = page.GetByTestId("suggestions").GetByRole(AriaRole.Link).First;
        var supporting = ChoosePrefix().Replace(await firstChoice.InnerTextAsync(), "");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await firstChoice.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create partnership" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Partnership: {School}");
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync(supporting);
        await Assertions.Expect(page.GetByTestId("ledger-contracted")).ToHaveTextAsync("0.00");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/Support/Tiers", "Tiers of support")]
    [InlineData("/Support/Partnerships", "Partnerships")]
    [InlineData("/Support/Clusters", "Clusters")]
    [InlineData("/Support/Settings", "Weights and thresholds")]
    public async Task SupportPage_Leader_ShowsItsHeadingWithNoSeriousAccessibilityViolations(string url, string heading)
    {
        var page = await browser.SignedInPageAsync("leader@riverside.example");
        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [GeneratedRegex("^Choose ")]
    private static partial Regex ChoosePrefix();
}
