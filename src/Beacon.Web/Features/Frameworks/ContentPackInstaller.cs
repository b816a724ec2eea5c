using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// Gives a district every shipped content pack it does not have yet, not adopted: the district
/// chooses which to use. Runs when a district is created and at every start, so districts created
/// before a pack shipped receive it too.
/// </summary>
public sealed class ContentPackInstaller(
    BeaconDbContext db, CurrentDistrict currentDistrict, CurrentUser currentUser, TimeProvider clock, ILogger<ContentPackInstaller> logger)
    : INewDistrictContent, IStartupWork
{
    public const string Author = "Beacon content pack";

    /// <summary>Adds all packs to a district that has none, for the caller to save with the district.</summary>
    public void AddAllToNewDistrict()
    {
        foreach (var pack in ContentPacks.All)
        {
            db.Frameworks.Add(FrameworkEntities.NewFramework(pack.Document, pack.Key, adopted: false, Author, clock.GetUtcNow()));
        }
    }

    void INewDistrictContent.AddTo(District district) => AddAllToNewDistrict();

    Task IStartupWork.RunAsync(CancellationToken cancellationToken) => InstallMissingEverywhereAsync(cancellationToken);

    /// <summary>Installs missing packs in every district; system work at start-up, so it looks across districts.</summary>
    public async Task InstallMissingEverywhereAsync(CancellationToken cancellationToken = default)
    {
        using var actor = currentUser.ActAs(Author);
        var districts = await db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter]).Select(d => d.Id).ToListAsync(cancellationToken);
        var installed = (await db.Frameworks.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
                .Where(f => f.PackKey != null)
                .Select(f => new { f.DistrictId, f.PackKey })
                .ToListAsync(cancellationToken))
            .ToLookup(f => f.DistrictId, f => f.PackKey!);
        foreach (var districtId in districts)
        {
            var missing = ContentPacks.All.Where(p => !installed[districtId].Contains(p.Key)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }
            using (currentDistrict.Use(districtId))
            {
                foreach (var pack in missing)
                {
                    db.Frameworks.Add(FrameworkEntities.NewFramework(pack.Document, pack.Key, adopted: false, Author, clock.GetUtcNow()));
                }
                await db.SaveChangesAsync(cancellationToken);
            }
            logger.LogInformation("Installed {Count} framework content pack(s) in district {DistrictId}", missing.Count, districtId);
        }
    }
}
