using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

/// <summary>
/// Chart pages on a phone: each chart is an image with a name, scales into the 375 px column
/// without making the page scroll sideways, and the page passes axe.
/// </summary>
public class ChartBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // The demo district has school metrics but no plan review, cycle or survey release: the survey journey
    // checks the results page's charts at 375 px, and this the support list's sparklines.
    [Theory]
    [InlineData("/Support", "svg.sparkline")]
    public async Task ChartPage_At375Pixels_ChartsFitAndNothingScrollsSideways(string url, string chart)
    {
        var page = await browser.SignedInPageAsync("leader@riverside.example", new ViewportSize { Width = 375, Height = 800 });
        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        var first = page.Locator(chart).First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        Assert.Equal("img", await first.GetAttributeAsync("role"));
        Assert.False(string.IsNullOrWhiteSpace(await first.GetAttributeAsync("aria-label")));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            $"{url} scrolls sideways at 375 px");
        // Word-sized: the table cell holds it beside its words (a wide table scrolls in its own container).
        Assert.True((await first.BoundingBoxAsync())!.Width <= 100, "the sparkline is wider than a word");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
