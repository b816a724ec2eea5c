using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tenancy;

/// <summary>
/// Creates a district with what every district starts with: each feature's <see cref="INewDistrictContent"/>
/// (the built-in measures, the framework content packs), saved with the district in one transaction.
/// </summary>
public sealed class DistrictProvisioner(BeaconDbContext db, CurrentDistrict currentDistrict, IEnumerable<INewDistrictContent> contents)
{
    public async Task<District> CreateAsync(string name, string slug, CancellationToken cancellationToken = default)
    {
        var district = new District { Id = Guid.CreateVersion7(), Name = name.Trim(), Slug = slug.Trim().ToLowerInvariant() };
        db.Districts.Add(district);
        using (currentDistrict.Use(district.Id))
        {
            foreach (var content in contents)
            {
                content.AddTo(district);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return district;
    }

    public Task<bool> SlugTakenAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
            .AnyAsync(d => d.Slug == slug.Trim().ToLowerInvariant(), cancellationToken);
}
