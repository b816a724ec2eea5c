using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class BrowseJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Browse_LeaderSearchesSchools_OpensSchoolPageWithMetrics()
    {
        var page = await browser.SignedInPageAsync("leader@riverside.example");

        await MainNav.ClickAsync(page, "Schools");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Schools");
        await page.GetByLabel("Search schools").FillAsync("oakridge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("list-summary")).ToHaveTextAsync("Showing 1–1 of 1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Oakridge Elementary School" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Oakridge Elementary School");
        var metrics = page.GetByRole(AriaRole.Table, new() { Name = "Metrics of Oakridge Elementary School by school year" });
        await Assertions.Expect(metrics.GetByRole(AriaRole.Columnheader, new() { Name = "2025-26" })).ToBeVisibleAsync();
        await Assertions.Expect(metrics.GetByRole(AriaRole.Rowheader, new() { Name = "Reading proficiency (%)" })).ToBeVisibleAsync();
        Assert.Equal(5, await metrics.Locator("tbody tr").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/", "Riverside Unified School District")]
    [InlineData("/Schools", "Schools")]
    [InlineData("/Schools?sort=-poverty&page=2", "Schools")]
    [InlineData("/Staff", "Staff")]
    [InlineData("/Audit", "Audit log")]
    public async Task Accessibility_ListPages_ShowTheirHeadingWithNoSeriousOrCriticalViolations(string url, string heading)
    {
        var page = await browser.SignedInPageAsync("admin@riverside.example");
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
