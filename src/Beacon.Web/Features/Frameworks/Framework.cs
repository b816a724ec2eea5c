using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// A framework a district measures itself against. Its content (rubric, domains, indicators) lives
/// in <see cref="FrameworkVersion"/>s so that ratings made against one version never change when
/// the framework is edited later; name and description belong to the framework as a whole.
/// </summary>
public class Framework : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>The content pack shipped with Beacon this framework came from; null for the district's own.</summary>
    public string? PackKey { get; set; }

    /// <summary>Whether the district uses this framework: only adopted frameworks can be self-assessed.</summary>
    public bool Adopted { get; set; }

    /// <summary>The version new cycles use. Not a foreign key, so a framework and its first version save together.</summary>
    public Guid CurrentVersionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<FrameworkVersion> Versions { get; set; } = [];
}
