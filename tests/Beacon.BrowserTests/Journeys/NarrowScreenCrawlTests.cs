using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

/// <summary>
/// Beacon on a phone in a meeting: at 375 px no page of the site may scroll sideways (a wide table
/// scrolls inside its own container). Three accounts between them reach every page shape: the
/// district administrator (the widest set of pages), a principal (school-scoped pages) and a teacher
/// (a member's view of communities and plans); a shape one account has read is not read again.
/// </summary>
public class NarrowScreenCrawlTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 800 };

    [Fact]
    public async Task Crawl_At375Pixels_NoPageScrollsSideways()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;
        foreach (var email in new[] { "admin@riverside.example", "principal@riverside.example", "teacher@riverside.example" })
        {
            var page = await browser.SignedInPageAsync(email, Phone);
            var crawler = new BrowserCrawler(page);
            await crawler.CrawlAsync(browser.Server.BaseUrl + "/", seen);
            problems.AddRange(crawler.Problems.Select(p => $"{email}: {p}"));
            visited += crawler.Visited.Count;
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(visited >= 40, $"The crawl read only {visited} pages");
    }
}
