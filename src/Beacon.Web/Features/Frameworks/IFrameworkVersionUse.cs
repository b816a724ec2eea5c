namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// Where a framework version is in use: one version id per use (self-assessment cycles rate against a
/// version). A version in use is kept as it is and edits make a new one. Self-assessment implements
/// it, so frameworks never name the features built on them.
/// </summary>
public interface IFrameworkVersionUse
{
    /// <summary>A query the caller composes (count, any), so it runs in the database as part of the caller's query.</summary>
    IQueryable<Guid> UsedVersionIds();
}
