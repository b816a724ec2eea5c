using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Data.Figures;

/// <summary>
/// Figures computed from many rows, kept in this node's memory under the district, the figures'
/// current <see cref="FigureVersion"/> and a key: a page pays one primary-key read per call however
/// large the district, and computes again only after a change to the figures' sources.
/// </summary>
public sealed class FigureCache(BeaconDbContext db, IMemoryCache cache, CurrentDistrict district)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    public async Task<T> GetAsync<T>(string figures, object key, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        var id = district.Id ?? throw new InvalidOperationException("Figures are read within a district.");
        var version = await db.FigureVersions.Where(v => v.Name == figures).Select(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        var entry = (id, figures, version, key);
        if (cache.TryGetValue(entry, out T? known) && known is not null)
        {
            return known;
        }
        var value = await compute();
        cache.Set(entry, value, new MemoryCacheEntryOptions { SlidingExpiration = Kept });
        return value;
    }
}

public static class FigureVersions
{
    /// <summary>Registers the entity types whose changes renew the version of the figures called <paramref name="name"/>.</summary>
    public static IServiceCollection AddFigureSource(this IServiceCollection services, string name, params Type[] types) =>
        services.AddSingleton(new FigureSource(name, types.ToHashSet()));

    /// <summary>Renews a version after a write the change tracker did not see, in that write's transaction.</summary>
    public static async Task BumpAsync(BeaconDbContext db, string figures, CancellationToken cancellationToken)
    {
        var version = await db.FigureVersions.FirstOrDefaultAsync(v => v.Name == figures, cancellationToken);
        if (version is null)
        {
            db.FigureVersions.Add(new FigureVersion { Name = figures, Version = Guid.NewGuid() });
        }
        else
        {
            version.Version = Guid.NewGuid();
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
