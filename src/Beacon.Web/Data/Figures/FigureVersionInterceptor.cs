using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beacon.Web.Data.Figures;

/// <summary>
/// Gives each <see cref="FigureVersion"/> whose sources a save changes a new value, within that save.
/// Writes that bypass the change tracker (ExecuteUpdate, raw SQL, bulk copies) call
/// <see cref="FigureVersions.BumpAsync"/> themselves.
/// </summary>
public sealed class FigureVersionInterceptor(IEnumerable<FigureSource> sources) : SaveChangesInterceptor
{
    private readonly FigureSource[] _sources = sources.ToArray();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            foreach (var (district, name) in Touched(context))
            {
                var version = Tracked(context, district, name)
                    ?? Versions(context).FirstOrDefault(v => v.DistrictId == district && v.Name == name);
                Renew(context, version, district, name);
            }
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            foreach (var (district, name) in Touched(context))
            {
                var version = Tracked(context, district, name)
                    ?? await Versions(context).FirstOrDefaultAsync(v => v.DistrictId == district && v.Name == name, cancellationToken);
                Renew(context, version, district, name);
            }
        }
        return result;
    }

    private List<(Guid District, string Name)> Touched(DbContext context)
    {
        if (_sources.Length == 0)
        {
            return [];
        }
        context.ChangeTracker.DetectChanges();
        var touched = new HashSet<(Guid, string)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            Guid? district = entry.Entity switch
            {
                IDistrictOwned owned => owned.DistrictId,
                District d when entry.State == EntityState.Modified => d.Id,
                _ => null,
            };
            if (district is not { } id || id == Guid.Empty)
            {
                continue;
            }
            foreach (var source in _sources)
            {
                if (source.Types.Contains(entry.Metadata.ClrType))
                {
                    touched.Add((id, source.Name));
                }
            }
        }
        return [.. touched];
    }

    // By the record's own district rather than the one in scope: a save outside any district (system
    // administration) must renew the existing row, not insert a second one.
    private static IQueryable<FigureVersion> Versions(DbContext context) =>
        context.Set<FigureVersion>().IgnoreQueryFilters([BeaconDbContext.TenantFilter]);

    private static FigureVersion? Tracked(DbContext context, Guid district, string name) =>
        context.ChangeTracker.Entries<FigureVersion>().Select(e => e.Entity).FirstOrDefault(v => v.DistrictId == district && v.Name == name);

    private static void Renew(DbContext context, FigureVersion? version, Guid district, string name)
    {
        if (version is null)
        {
            context.Add(new FigureVersion { DistrictId = district, Name = name, Version = Guid.NewGuid() });
        }
        else
        {
            version.Version = Guid.NewGuid();
        }
    }
}
