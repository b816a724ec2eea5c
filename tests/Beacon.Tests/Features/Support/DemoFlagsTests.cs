using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data.Seeding;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Support;

/// <summary>The district's default rules over the demo district's three years raise exactly the fixture's flags.</summary>
[Trait("Category", "Database")]
public class DemoFlagsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task RunRules_DemoDistrict_RaisesTheFixtureFlagsOnceAndListsThem()
    {
        var district = await factory.CreateDistrictAsync();
        await factory.InScopeAsync(district.Id, (_, db) => DemoDistrictData.SaveAsync(db, DemoDistrictData.Generate(seed: 2026), CancellationToken.None));
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var first = await client.PostFormAsync("/Support/Flags", new Dictionary<string, string>(), "/Support/Flags?handler=RunRules");
        var again = await client.PostFormAsync("/Support/Flags", new Dictionary<string, string>(), "/Support/Flags?handler=RunRules");
        var list = WebUtility.HtmlDecode(await client.GetPageAsync("/Support/Flags"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var raised = await factory.InScopeAsync(district.Id, async (_, db) =>
            (await db.SchoolFlags.Select(f => new { School = f.School!.Name, f.Rule, f.YearName, f.Reason }).ToListAsync())
                .Select(f => $"{f.School} | {f.Rule} | {f.YearName} | {f.Reason}")
                .Order(StringComparer.Ordinal)
                .ToList());
        Assert.Equal(DemoFlagsFixture.Expected, raised);
        Assert.Contains($"The rules found nothing new to flag.", list);
        Assert.Contains($"Showing 1–{DemoFlagsFixture.Expected.Length} of {DemoFlagsFixture.Expected.Length}", list);
        foreach (var school in DemoFlagsFixture.Expected.Select(e => e.Split(" | ")[0]).Distinct())
        {
            Assert.Contains(school, list);
        }
    }
}
