using Beacon.Tests.Infrastructure.Crawl;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Infrastructure;

/// <summary>
/// Reads a site in a real browser, as <c>SiteCrawler</c> does over HTTP, but for what only layout
/// shows: from a start page it follows same-site links breadth first, one page per path shape (the
/// query is ignored: a sorted or paged list lays out as the list does), and notes any page that
/// answers 5xx, 403 or 404, or whose body scrolls sideways at the page's viewport width. Sign-out
/// and downloads are not followed.
/// </summary>
public sealed class BrowserCrawler(IPage page, int maxPages = 200)
{
    private const string Overflow = """
        () => {
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) return null;
            const wide = Array.from(document.body.querySelectorAll('*'))
                .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > root.clientWidth + 1))
                .slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
            return `the body scrolls sideways (${root.scrollWidth}px wide in ${root.clientWidth}px): ${wide.join(', ')}`;
        }
        """;

    private const string Links = """
        () => Array.from(document.querySelectorAll('a[href]'))
            .filter(a => !a.hasAttribute('download'))
            .map(a => a.href)
        """;

    public List<string> Problems { get; } = [];
    public List<string> Visited { get; } = [];

    /// <summary>Crawls from <paramref name="start"/> (absolute); shapes in <paramref name="seen"/> are skipped and added to, so several crawls can share them.</summary>
    public async Task CrawlAsync(string start, ISet<string>? seen = null)
    {
        seen ??= new HashSet<string>(StringComparer.Ordinal);
        var origin = new Uri(start).GetLeftPart(UriPartial.Authority);
        var queue = new Queue<(string Url, string? From)>();
        if (seen.Add(Shape(new Uri(start))))
        {
            queue.Enqueue((start, null));
        }
        while (queue.Count > 0 && Visited.Count < maxPages)
        {
            var (url, from) = queue.Dequeue();
            IResponse? response;
            try
            {
                response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            }
            catch (PlaywrightException exception) when (exception.Message.Contains("Download is starting", StringComparison.Ordinal))
            {
                // A link whose answer is a file (an export without "handler=Export" in its address): no page to read.
                continue;
            }
            Visited.Add(url);
            var status = response?.Status ?? 0;
            if (status >= 500 || status is 403 or 404)
            {
                Problems.Add($"{url}: answered {status} (reached from {from})");
                continue;
            }
            if (await page.EvaluateAsync<string?>(Overflow) is { } overflow)
            {
                Problems.Add($"{url}: {overflow}");
            }
            foreach (var href in await page.EvaluateAsync<string[]>(Links))
            {
                if (!Uri.TryCreate(href, UriKind.Absolute, out var link) || !href.StartsWith(origin, StringComparison.OrdinalIgnoreCase)
                    || link.AbsolutePath.Contains("SignOut", StringComparison.OrdinalIgnoreCase) || IsDownload(link))
                {
                    continue;
                }
                if (seen.Add(Shape(link)))
                {
                    queue.Enqueue((link.GetLeftPart(UriPartial.Query), url));
                }
            }
        }
    }

    private static string Shape(Uri url) => RouteShape.Of(url.AbsolutePath);

    private static bool IsDownload(Uri url) =>
        url.Query.Contains("handler=Export", StringComparison.OrdinalIgnoreCase) || url.Query.Contains("handler=Pdf", StringComparison.OrdinalIgnoreCase)
        || url.AbsolutePath.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) || url.AbsolutePath.StartsWith("/calendar/", StringComparison.OrdinalIgnoreCase);
}
