using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Frameworks;

[Trait("Category", "Database")]
public class ContentPackInstallTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task CreateDistrict_New_HasAllSixPacksNotYetAdoptedAndEveryIndicatorCited()
    {
        var district = await factory.CreateDistrictAsync();

        var (packs, uncited, adopted) = await factory.InScopeAsync(district.Id, async (_, db) => (
            await db.Frameworks.Select(f => f.PackKey).ToListAsync(),
            await db.Indicators.CountAsync(i => i.Citation == null || i.Citation == ""),
            await db.Frameworks.CountAsync(f => f.Adopted)));

        Assert.Equal(ContentPacks.All.Select(p => p.Key).Order(), packs.Order());
        Assert.Equal(6, packs.Count);
        Assert.Equal(0, uncited);
        Assert.Equal(0, adopted);
    }

    [Fact]
    public async Task CreateDistrict_New_PackContentMatchesTheShippedFile()
    {
        var district = await factory.CreateDistrictAsync();

        var stored = await factory.InScopeAsync(district.Id, async (sp, db) =>
        {
            var id = await db.Frameworks.Where(f => f.PackKey == "tlc-principles").Select(f => f.Id).SingleAsync();
            return await sp.GetRequiredService<FrameworkStore>().LoadAsync(id);
        });

        var shipped = ContentPacks.All.Single(p => p.Key == "tlc-principles").Document;
        Assert.Equal(FrameworkJson.Write(shipped), FrameworkJson.Write(stored!));
    }

    [Fact]
    public async Task InstallMissingEverywhere_DistrictCreatedBeforePacksShipped_ReceivesThemOnceOnly()
    {
        var district = await factory.CreateDistrictAsync();
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            db.Frameworks.RemoveRange(await db.Frameworks.Where(f => f.PackKey == "district-role" || f.PackKey == "strong-districts").ToListAsync());
            await db.SaveChangesAsync();
        });

        await factory.InScopeAsync(null, (sp, _) => sp.GetRequiredService<ContentPackInstaller>().InstallMissingEverywhereAsync());
        await factory.InScopeAsync(null, (sp, _) => sp.GetRequiredService<ContentPackInstaller>().InstallMissingEverywhereAsync());

        var packs = await factory.InScopeAsync(district.Id, (_, db) => db.Frameworks.Select(f => f.PackKey).ToListAsync());
        Assert.Equal(ContentPacks.All.Select(p => p.Key).Order(), packs.Order());
    }
}
