using System.Globalization;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Learning;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Learning;

/// <summary>
/// The catalog's list and its search issue the same statements for a catalog of 6 offerings as for
/// one of 90, each with sessions and registrations: no statement per offering, and one page read.
/// </summary>
[Trait("Category", "Database")]
public class CatalogQueryCountTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    [Theory]
    [InlineData("/Learning")]
    [InlineData("/Learning?q=workshop")]
    [InlineData("/Learning?q=workshop&page=2")]
    public async Task Catalog_SmallAndLargerCatalog_IssuesTheSameNumberOfStatements(string url)
    {
        var small = await CountAsync(6, url);
        var larger = await CountAsync(90, url);

        Assert.True(small.Count == larger.Count,
            $"{small.Count} statements with 6 offerings, {larger.Count} with 90:\n{string.Join("\n---\n", larger)}");
        Assert.InRange(small.Count, 1, 12);
    }

    [Fact]
    public async Task CatalogSearch_LargerCatalog_ShowsTheFirstPageOfMatchesInTitleOrder()
    {
        var (_, teacher) = await CatalogAsync(90);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var page = Html.Text(await client.GetPageAsync("/Learning?q=workshop+0"));

        Assert.Contains("Workshop 000", page);
        Assert.Contains("Workshop 049", page);
        Assert.DoesNotContain("Workshop 050", page);
        Assert.DoesNotContain("Workshop draft", page);
    }

    private async Task<IReadOnlyList<string>> CountAsync(int offerings, string url)
    {
        var (_, teacher) = await CatalogAsync(offerings);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var before = factory.Counter.For(url).Count;
        var page = await client.GetPageAsync(url);
        Assert.Contains("Workshop 0", page);
        return factory.Counter.For(url).Skip(before).ToList();
    }

    /// <summary>Published workshops "Workshop 000"… with two upcoming sessions and three registrations each, and one draft.</summary>
    private async Task<(TestDistrict District, TestAccount Teacher)> CatalogAsync(int offerings)
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var start = DateTimeOffset.UtcNow.AddDays(7);
            for (var i = 0; i < offerings; i++)
            {
                var offering = new Offering
                {
                    Id = Guid.CreateVersion7(),
                    Title = "Workshop " + i.ToString("000", CultureInfo.InvariantCulture),
                    Kind = OfferingKind.Workshop,
                    Status = OfferingStatus.Published,
                    Audience = "Teachers",
                };
                offering.Sessions.Add(new LearningSession { StartsAt = start.AddDays(i % 5), Minutes = 90, Capacity = 20, CheckInCode = $"A{i:00000}" });
                offering.Sessions.Add(new LearningSession { StartsAt = start.AddDays(30), Minutes = 90, Capacity = 20, CheckInCode = $"B{i:00000}" });
                db.Offerings.Add(offering);
                db.Registrations.AddRange(Enumerable.Range(0, 3).Select(r => new Registration
                {
                    OfferingId = offering.Id,
                    UserId = $"user-{r}",
                    DisplayName = $"Person {r}",
                    Status = RegistrationStatus.Enrolled,
                    RequestedAt = DateTimeOffset.UtcNow,
                }));
            }
            db.Offerings.Add(new Offering { Id = Guid.CreateVersion7(), Title = "Workshop draft", Kind = OfferingKind.Workshop, Status = OfferingStatus.Draft });
            await db.SaveChangesAsync();
        });
        return (district, teacher);
    }
}
