using Beacon.Tests.Infrastructure;
using Beacon.Tests.Infrastructure.Crawl;
using Beacon.Web.Data.Seeding;

namespace Beacon.Tests.Web;

/// <summary>
/// Every page works for every role: each demo account reads the whole site from its home page,
/// as <see cref="SiteCrawler"/> does, on the demo district as a new install seeds it. The crawl
/// only reads (links and GET forms), so the eight accounts share one seeded database.
/// </summary>
[Trait("Category", "Database")]
public class CrawlTests(CrawlTests.SeededFactory factory) : IClassFixture<CrawlTests.SeededFactory>
{
    public sealed class SeededFactory : BeaconFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Beacon:SeedDemo"] = "true" };
    }

    public static TheoryData<string> DemoAccounts() =>
        new([.. DemoSeeder.DemoAccounts.Select(a => a.Email), DemoSeeder.SystemAdministratorEmail]);

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Crawl_DemoAccount_EveryLinkAndGetFormWorks(string email)
    {
        using var client = BrowserlessClient.For(factory);
        var signIn = await client.SignInAsync(email, DemoSeeder.DemoPassword);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);

        var report = await new SiteCrawler(client.Http).CrawlAsync("/", TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"{email}: {report.Pages.Count} pages, {report.FormsSubmitted} GET forms: {string.Join(" ", report.Pages.Select(p => p.Url))}");
        Assert.True(report.Problems.Count == 0, $"{email}: {report.Describe()}");
        Assert.True(report.Pages.Count >= 3, $"{email} reached only {report.Pages.Count} pages: {string.Join(", ", report.Pages.Select(p => p.Url))}");
        Assert.NotEmpty(report.NavigationLinks);
        foreach (var link in report.NavigationLinks)
        {
            var page = report.Page(link);
            Assert.True(page is { Status: 200 }, $"{email}: navigation link {link} answered {page?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
            Assert.NotNull(page);
            Assert.True(page.Headings == 1 && !string.IsNullOrWhiteSpace(page.Heading),
                $"{email}: navigation page {link} has {page.Headings} <h1> ('{page.Heading}'), it should have its one heading");
        }
    }
}
