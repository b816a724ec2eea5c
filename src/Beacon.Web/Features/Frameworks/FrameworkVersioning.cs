namespace Beacon.Web.Features.Frameworks;

/// <summary>What saving an edited framework does to its versions.</summary>
public enum FrameworkChange
{
    /// <summary>Nothing changed.</summary>
    None,

    /// <summary>Only the name or description changed: they belong to the framework, not to a version.</summary>
    DetailsOnly,

    /// <summary>The content changed and no cycle uses the current version, so it is edited where it is.</summary>
    EditCurrentVersion,

    /// <summary>The content changed and a cycle rates against the current version: a new version is made and the old one stays as it was.</summary>
    NewVersion,
}

/// <summary>
/// The versioning rule: a version that a self-assessment cycle uses is frozen, because its
/// ratings, consensus, evidence and priorities point at its indicators and must keep meaning
/// what they meant when they were made.
/// </summary>
public static class FrameworkVersioning
{
    public static FrameworkChange Decide(FrameworkDocument current, FrameworkDocument edited, bool currentVersionInUse)
    {
        var contentChanged = !SameContent(current, edited);
        var detailsChanged = current.Name != edited.Name || (current.Description ?? "") != (edited.Description ?? "");
        return (contentChanged, detailsChanged, currentVersionInUse) switch
        {
            (false, false, _) => FrameworkChange.None,
            (false, true, _) => FrameworkChange.DetailsOnly,
            (true, _, false) => FrameworkChange.EditCurrentVersion,
            (true, _, true) => FrameworkChange.NewVersion,
        };
    }

    /// <summary>Rubric, domains and indicators (with their order) are equal.</summary>
    public static bool SameContent(FrameworkDocument a, FrameworkDocument b) =>
        FrameworkJson.Write(ContentOf(a)).AsSpan().SequenceEqual(FrameworkJson.Write(ContentOf(b)));

    private static FrameworkDocument ContentOf(FrameworkDocument document) =>
        new() { Name = "", Rubric = document.Rubric, Domains = document.Domains };
}
