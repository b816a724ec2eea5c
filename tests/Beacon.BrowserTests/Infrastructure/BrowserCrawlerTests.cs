using Microsoft.Playwright;

namespace Beacon.BrowserTests.Infrastructure;

/// <summary>The browser crawler on a tiny site served from the test itself: it must see a planted overflow, and only that.</summary>
public class BrowserCrawlerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Origin = "http://crawl.test";

    private const string Style = "<style>body{margin:0} .table-wrap{overflow-x:auto}</style>";

    private static string WideTable => "<table><tr>" + string.Concat(Enumerable.Range(1, 30).Select(i => $"<td>Column&nbsp;number&nbsp;{i}</td>")) + "</tr></table>";

    private async Task<BrowserCrawler> CrawlAsync(string table)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        await context.RouteAsync($"{Origin}/**", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = new Uri(route.Request.Url).AbsolutePath switch
            {
                "/" => $"<html><head>{Style}</head><body><main><h1>Home</h1><a href=\"/report\">Report</a></main></body></html>",
                "/report" => $"<html><head>{Style}</head><body><main><h1>Report</h1>{table}</main></body></html>",
                _ => "<html><body><main>Not here</main></body></html>",
            },
            Status = new Uri(route.Request.Url).AbsolutePath is "/" or "/report" ? 200 : 404,
        }));
        var page = await context.NewPageAsync();
        var crawler = new BrowserCrawler(page);
        await crawler.CrawlAsync($"{Origin}/");
        await context.CloseAsync();
        return crawler;
    }

    [Fact]
    public async Task Crawl_PlantedTableOverflowsTheBody_ReportsHorizontalScroll()
    {
        var crawler = await CrawlAsync(WideTable);

        var problem = Assert.Single(crawler.Problems);
        Assert.StartsWith($"{Origin}/report: the body scrolls sideways", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_WideTableInItsOwnScrollContainer_NoProblem()
    {
        var crawler = await CrawlAsync($"<div class=\"table-wrap\">{WideTable}</div>");

        Assert.Empty(crawler.Problems);
        Assert.Equal([$"{Origin}/", $"{Origin}/report"], crawler.Visited);
    }
}
