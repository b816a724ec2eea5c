using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Support;

/// <summary>
/// The performance view ranks every school (lowest latest score first) and then shows fifty a
/// page; the export holds them all. School 01 scores 1, School 55 scores 55.
/// </summary>
[Trait("Category", "Database")]
public class PerformancePagingTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Performance_FiftyFiveSchools_LowestFiftyFirstThenTheRestOnPageTwo()
    {
        var district = await factory.CreateDistrictAsync();
        var names = Enumerable.Range(1, 55).Select(i => $"School {i:00}").ToArray();
        var schools = await SupportFixture.SchoolsAsync(factory, district, names);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var year = new SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 8, 15), EndsOn = new DateOnly(2026, 6, 15) };
            var reading = new Measure { Code = "reading", Name = "Reading (%)" };
            db.AddRange(year, reading);
            db.AddRange(names.Select((name, i) => new SchoolMetric { SchoolId = schools[name], SchoolYear = year, Measure = reading, Value = i + 1 }));
            await db.SaveChangesAsync();
        });
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var first = WebUtility.HtmlDecode(await leader.GetPageAsync("/Support"));
        var second = WebUtility.HtmlDecode(await leader.GetPageAsync("/Support?page=2"));
        var export = await (await leader.GetAsync("/Support?handler=Export&format=csv")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Showing 1–50 of 55", first);
        Assert.Contains(">School 01<", first);
        Assert.Contains(">School 50<", first);
        Assert.DoesNotContain(">School 51<", first);
        Assert.Contains("Showing 51–55 of 55", second);
        Assert.Contains(">School 55<", second);
        Assert.DoesNotContain(">School 50<", second);
        Assert.Contains("School 01", export);
        Assert.Contains("School 55", export);
    }
}
