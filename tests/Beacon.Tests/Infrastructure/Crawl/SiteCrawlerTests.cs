using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Beacon.Tests.Infrastructure.Crawl;

/// <summary>
/// The crawler itself, pointed at a tiny site made here: it must find each planted fault, and pass
/// a site without one, or the crawl of Beacon proves nothing.
/// </summary>
public class SiteCrawlerTests
{
    private const string Nav = """<nav aria-label="Main"><a href="/">Home</a> <a href="/list">List</a></nav>""";

    private static string Page(string heading, string body) =>
        $"<!DOCTYPE html><html><body>{Nav}<main><h1>{heading}</h1>{body}</main></body></html>";

    /// <summary>A small healthy site; <paramref name="plant"/> adds the fault under test.</summary>
    private static async Task<WebApplication> SiteAsync(Action<WebApplication>? plant = null, string extraLink = "")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (InvalidOperationException)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        });
        app.MapGet("/", () => Html(Page("Home", $"""<a href="/list?page=1">List</a> <a href="/items/1">One</a> {extraLink}""")));
        app.MapGet("/list", () => Html(Page("List", """
            <a href="/items/1">One</a> <a href="/items/2">Two</a> <a href="/list?page=2">2</a> <a href="/export.csv" download>CSV</a>
            <form method="get" action="/list"><input name="q" value=""><select name="sort"><option>name</option></select><button>Filter</button></form>
            """)));
        app.MapGet("/items/{id:int}", (int id) => Html(Page($"Item {id}", "<p>An item.</p>")));
        app.MapGet("/export.csv", () => Results.StatusCode(500));
        app.MapGet("/denied", () => Results.StatusCode(403));
        app.MapGet("/secret", () => Results.Redirect("/denied?returnUrl=%2Fsecret"));
        plant?.Invoke(app);
        await app.StartAsync();
        return app;
    }

    private static IResult Html(string html) => Results.Content(html, "text/html");

    private static async Task<CrawlReport> CrawlAsync(WebApplication app) =>
        await new SiteCrawler(app.GetTestClient()).CrawlAsync("/", TestContext.Current.CancellationToken);

    [Fact]
    public async Task Crawl_HealthySite_FindsNoProblemAndVisitsEachShapeOnce()
    {
        await using var app = await SiteAsync();

        var report = await CrawlAsync(app);

        Assert.Empty(report.Problems);
        Assert.Equal(["/", "/list", "/list?page=1", "/items/1"], report.Pages.Select(p => p.Url));
        Assert.Equal(1, report.FormsSubmitted);
        Assert.Equal(["/", "/list"], report.NavigationLinks);
        Assert.All(report.Pages, p => Assert.Equal(1, p.Headings));
    }

    [Fact]
    public async Task Crawl_PlantedPageThrows_Reports500WithTheLinkingPage()
    {
        await using var app = await SiteAsync(
            a => a.MapGet("/broken", string () => throw new InvalidOperationException("planted")), """<a href="/broken">Broken</a>""");

        var report = await CrawlAsync(app);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("/broken", problem.Url);
        Assert.Contains("500", problem.What, StringComparison.Ordinal);
        Assert.Equal("/", problem.FoundOn);
    }

    [Fact]
    public async Task Crawl_PlantedLinkLeadsTo403_ReportsTheLink()
    {
        await using var app = await SiteAsync(extraLink: """<a href="/secret">Privacy settings</a>""");

        var report = await CrawlAsync(app);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("/secret", problem.Url);
        Assert.Contains("403", problem.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_PlantedDeadLink_Reports404()
    {
        await using var app = await SiteAsync(extraLink: """<a href="/items/none">Gone</a>""");

        var report = await CrawlAsync(app);

        Assert.Contains("404", Assert.Single(report.Problems).What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_PlantedPageMarksTwoLinksCurrent_ReportsIt()
    {
        await using var app = await SiteAsync(
            a => a.MapGet("/twice", () => Html(Page("Twice", """<a href="/" aria-current="page">A</a><a href="/list" aria-current="page">B</a>"""))),
            """<a href="/twice">Twice</a>""");

        var report = await CrawlAsync(app);

        Assert.Contains("aria-current", Assert.Single(report.Problems).What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_PlantedPageWithEmptyMain_ReportsIt()
    {
        await using var app = await SiteAsync(
            a => a.MapGet("/empty", () => Html($"<html><body>{Nav}<main>  </main></body></html>")), """<a href="/empty">Empty</a>""");

        var report = await CrawlAsync(app);

        Assert.Contains("empty <main>", Assert.Single(report.Problems).What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_PlantedGetFormFails_ReportsTheFormSubmission()
    {
        await using var app = await SiteAsync(
            a =>
            {
                a.MapGet("/search", (string? term) => term is null
                    ? Html(Page("Search", """<form action="/search"><input name="term" value="x"></form>"""))
                    : throw new InvalidOperationException("planted"));
            },
            """<a href="/search">Search</a>""");

        var report = await CrawlAsync(app);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("/search?term=x", problem.Url);
        Assert.Contains("GET form answered 500", problem.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Schools/Details/0f8fad5b-d9cb-469f-a165-70867728950e", "/schools/details/{guid}")]
    [InlineData("/Staff?page=3&sort=name", "/staff?page={int}&sort=name")]
    [InlineData("/Staff?sort=name&page=12#top", "/staff?page={int}&sort=name")]
    [InlineData("/Meetings/2026-12-08", "/meetings/{date}")]
    public void Of_IdsNumbersAndDates_BecomePlaceholders(string url, string shape) => Assert.Equal(shape, RouteShape.Of(url));
}
