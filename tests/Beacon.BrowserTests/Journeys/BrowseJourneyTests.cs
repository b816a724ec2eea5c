using Beacon.BrowserTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class BrowseJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Browse_LeaderSearchesSchools_OpensSchoolPageWithMetrics()
    {
        var page = await browser.SignedInPageAsync("leader@riverside.example");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Schools" }).ClickAsync();
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
        AssertNoSeriousViolations(await page.RunAxe());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Schools")]
    [InlineData("/Schools?sort=-poverty&page=2")]
    [InlineData("/Staff")]
    [InlineData("/Audit")]
    public async Task Accessibility_ListPages_NoSeriousOrCriticalViolations(string url)
    {
        var page = await browser.SignedInPageAsync("admin@riverside.example");
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response!.Status);

        var result = await page.RunAxe();

        Assert.NotEmpty(result.Passes);

        AssertNoSeriousViolations(result);
    }

    private static void AssertNoSeriousViolations(AxeResult result)
    {
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Take(3).Select(n => n.Html))}";
}
