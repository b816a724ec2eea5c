using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Beacon.Tests.Infrastructure.Crawl;

/// <summary>One thing a crawl found wrong: where, what, and the page whose link or form led there.</summary>
public sealed record CrawlProblem(string Url, string What, string? FoundOn)
{
    public override string ToString() => FoundOn is null ? $"{Url}: {What}" : $"{Url}: {What} (reached from {FoundOn})";
}

/// <summary>A page the crawl read: its address, final status and its one heading.</summary>
public sealed record CrawledPage(string Url, int Status, string? Heading, int Headings);

public sealed class CrawlReport
{
    public List<CrawledPage> Pages { get; } = [];
    public List<CrawlProblem> Problems { get; } = [];

    /// <summary>The links of the start page's main navigation, as the reader sees them.</summary>
    public List<string> NavigationLinks { get; } = [];

    public int FormsSubmitted { get; set; }

    public CrawledPage? Page(string url) => Pages.FirstOrDefault(p => p.Url == url);

    public string Describe() =>
        $"{Pages.Count} pages, {FormsSubmitted} forms; problems:{Environment.NewLine}" + string.Join(Environment.NewLine, Problems);
}

/// <summary>
/// Reads a site as one signed-in person would without JavaScript: from a start page, follows every
/// same-site link breadth first, visiting each <see cref="RouteShape"/> once, and submits each GET
/// form as the page offers it. It notes a problem for any 5xx, any link or redirect that ends at
/// 403 or 404 (the reader was shown a way they may not go), a page with more than one
/// <c>aria-current="page"</c>, and a page whose <c>&lt;main&gt;</c> is empty. Sign-out and downloads
/// are not followed. The client must not follow redirects itself: the crawler does, to see where they end.
/// </summary>
public sealed class SiteCrawler(HttpClient http, int maxPages = 600)
{
    private static readonly string[] DownloadEndings = [".csv", ".xlsx", ".pdf", ".ics", ".json", ".zip", ".xml"];
    private readonly HtmlParser _parser = new();

    public async Task<CrawlReport> CrawlAsync(string start = "/", CancellationToken cancellationToken = default)
    {
        var report = new CrawlReport();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var formsSeen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Url, string? From)>();
        queue.Enqueue((start, null));
        seen.Add(RouteShape.Of(start));
        while (queue.Count > 0 && report.Pages.Count < maxPages)
        {
            var (url, from) = queue.Dequeue();
            var (finalUrl, status, html) = await FetchAsync(url, cancellationToken);
            if (status >= 500)
            {
                report.Problems.Add(new(url, $"answered {status}", from));
                continue;
            }
            if (status is 403 or 404)
            {
                report.Problems.Add(new(url, $"leads its reader to {status}" + (finalUrl != url ? $" (via {finalUrl})" : ""), from));
                continue;
            }
            if (html is null)
            {
                report.Pages.Add(new(url, status, null, 0));
                continue;
            }
            var document = await _parser.ParseDocumentAsync(html, cancellationToken);
            var headings = document.QuerySelectorAll("h1");
            report.Pages.Add(new(url, status, headings.FirstOrDefault()?.TextContent.Trim(), headings.Length));
            if (url == start)
            {
                report.NavigationLinks.AddRange(document.QuerySelectorAll("nav[aria-label='Main'] a[href]")
                    .Select(a => a.GetAttribute("href")!).Where(IsSameSite));
            }
            CheckPage(document, url, from, report);

            foreach (var link in document.QuerySelectorAll("a[href]"))
            {
                var href = Resolve(link.GetAttribute("href")!, finalUrl);
                if (href is null || link.HasAttribute("download") || IsDownload(href) || IsSignOut(href))
                {
                    continue;
                }
                if (seen.Add(RouteShape.Of(href)))
                {
                    queue.Enqueue((href, url));
                }
            }
            foreach (var form in document.Forms.Where(f => !string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
            {
                var target = FormTarget(form, finalUrl);
                if (target is null || IsDownload(target) || !formsSeen.Add(RouteShape.Of(target)))
                {
                    continue;
                }
                report.FormsSubmitted++;
                var (_, formStatus, _) = await FetchAsync(target, cancellationToken);
                if (formStatus >= 500)
                {
                    report.Problems.Add(new(target, $"GET form answered {formStatus}", url));
                }
            }
        }
        return report;
    }

    private static void CheckPage(IDocument document, string url, string? from, CrawlReport report)
    {
        var current = document.QuerySelectorAll("[aria-current='page']");
        if (current.Length > 1)
        {
            report.Problems.Add(new(url, $"{current.Length} elements carry aria-current=\"page\": " +
                string.Join(", ", current.Select(e => $"'{e.TextContent.Trim()}'")), from));
        }
        var main = document.QuerySelector("main");
        if (main is null)
        {
            report.Problems.Add(new(url, "has no <main>", from));
        }
        else if (string.IsNullOrWhiteSpace(main.TextContent) && main.QuerySelector("img, svg, canvas, form, table") is null)
        {
            report.Problems.Add(new(url, "has an empty <main>", from));
        }
    }

    /// <summary>Gets <paramref name="url"/>, following redirects within the site; the body only when it is HTML.</summary>
    private async Task<(string FinalUrl, int Status, string? Html)> FetchAsync(string url, CancellationToken cancellationToken)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            using var response = await http.GetAsync(url, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var next = Resolve(location.OriginalString, url);
                if (next is null)
                {
                    return (url, status, null);
                }
                url = next;
                continue;
            }
            var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
            return (url, status, isHtml ? await response.Content.ReadAsStringAsync(cancellationToken) : null);
        }
        return (url, 508, null);
    }

    /// <summary>The URL a GET form goes to when submitted untouched: its action with each successful control's default value.</summary>
    private static string? FormTarget(IHtmlFormElement form, string pageUrl)
    {
        var action = form.GetAttribute("action");
        var target = Resolve(string.IsNullOrEmpty(action) ? pageUrl : action, pageUrl);
        if (target is null)
        {
            return null;
        }
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? target[..question] : target;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    if (chosen.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        chosen.Add(select.Options[0]);
                    }
                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }
        return fields.Count == 0 ? path
            : path + "?" + string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
    }

    /// <summary>A same-site path and query for <paramref name="href"/> read on <paramref name="pageUrl"/>, or null for other sites, mail and fragments.</summary>
    private static string? Resolve(string href, string pageUrl)
    {
        href = WebUtility.HtmlDecode(href.Trim());
        if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal)
            || (href.Contains(':', StringComparison.Ordinal) && !href.StartsWith("http://localhost", StringComparison.OrdinalIgnoreCase)
                && !Uri.TryCreate(href, UriKind.Relative, out _)))
        {
            return null;
        }
        var resolved = new Uri(new Uri(new Uri("http://localhost"), pageUrl), href);
        if (!string.Equals(resolved.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return resolved.PathAndQuery;
    }

    private static bool IsSameSite(string href) => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal);

    private static bool IsSignOut(string url) => url.Contains("SignOut", StringComparison.OrdinalIgnoreCase);

    private static bool IsDownload(string url)
    {
        var path = url.Split('?')[0];
        return DownloadEndings.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            || path.Contains("/Export", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("/calendar/", StringComparison.OrdinalIgnoreCase)
            || url.Contains("format=", StringComparison.OrdinalIgnoreCase)
            || url.Contains("handler=Export", StringComparison.OrdinalIgnoreCase)
            || url.Contains("handler=Download", StringComparison.OrdinalIgnoreCase);
    }
}
