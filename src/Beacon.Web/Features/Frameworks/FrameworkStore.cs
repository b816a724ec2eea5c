using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// Loads a framework as a document and saves an edited document back, applying the
/// <see cref="FrameworkVersioning"/> rule: a version in use by a cycle is never changed.
/// </summary>
public sealed class FrameworkStore(BeaconDbContext db, CurrentUser currentUser, TimeProvider clock, IFrameworkVersionUse versionUse)
{
    public async Task<FrameworkDocument?> LoadAsync(Guid frameworkId, Guid? versionId = null, CancellationToken cancellationToken = default)
    {
        var framework = await db.Frameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
        if (framework is null)
        {
            return null;
        }
        var version = await VersionQuery(db.FrameworkVersions.AsNoTracking())
            .FirstOrDefaultAsync(v => v.FrameworkId == frameworkId && v.Id == (versionId ?? framework.CurrentVersionId), cancellationToken);
        return version is null ? null : FrameworkEntities.ToDocument(framework, version);
    }

    public async Task<Framework> CreateAsync(FrameworkDocument document, CancellationToken cancellationToken = default)
    {
        var framework = FrameworkEntities.NewFramework(document, packKey: null, adopted: true, currentUser.Name, clock.GetUtcNow());
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        return framework;
    }

    /// <summary>Saves <paramref name="edited"/> (already validated) over the framework's current version.</summary>
    public async Task<FrameworkChange> SaveAsync(Guid frameworkId, FrameworkDocument edited, CancellationToken cancellationToken = default)
    {
        var framework = await db.Frameworks.FirstAsync(f => f.Id == frameworkId, cancellationToken);
        var current = await VersionQuery(db.FrameworkVersions).FirstAsync(v => v.Id == framework.CurrentVersionId, cancellationToken);
        var inUse = await versionUse.UsedVersionIds().AnyAsync(used => used == current.Id, cancellationToken);
        var change = FrameworkVersioning.Decide(FrameworkEntities.ToDocument(framework, current), edited, inUse);
        if (change == FrameworkChange.None)
        {
            return change;
        }
        framework.Name = edited.Name;
        framework.Description = edited.Description;
        if (change == FrameworkChange.EditCurrentVersion)
        {
            FrameworkVersionSync.Apply(db, current, edited);
        }
        else if (change == FrameworkChange.NewVersion)
        {
            var last = await db.FrameworkVersions.Where(v => v.FrameworkId == frameworkId).MaxAsync(v => v.Number, cancellationToken);
            var version = FrameworkEntities.NewVersion(frameworkId, last + 1, edited, currentUser.Name, clock.GetUtcNow());
            db.FrameworkVersions.Add(version);
            framework.CurrentVersionId = version.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        return change;
    }

    private static IQueryable<FrameworkVersion> VersionQuery(IQueryable<FrameworkVersion> versions) =>
        versions.Include(v => v.Levels).Include(v => v.Domains).Include(v => v.Indicators).AsSplitQuery();
}
