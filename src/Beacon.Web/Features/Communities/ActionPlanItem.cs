using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Communities;

/// <summary>
/// One technique in a teacher's personal action plan within a community: which technique, how the
/// teacher will adapt it to their classroom, and how far it has come. Private to the teacher and
/// the community's facilitators.
/// </summary>
public class ActionPlanItem : IDistrictOwned, ICreatedAt, IUpdatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid MemberId { get; set; }

    /// <summary>A key of <see cref="TechniqueLibrary"/> or "district:{id}" for one of the district's own techniques.</summary>
    public required string TechniqueKey { get; set; }
    public required string TechniqueName { get; set; }
    public string? Adaptation { get; set; }
    public TechniqueStatus Status { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    DateTimeOffset ICreatedAt.CreatedAt { get => AddedAt; set => AddedAt = value; }
}

/// <summary>A technique a district added to its own library.</summary>
public class DistrictTechnique : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public string Key => $"district:{Id}";
}

/// <summary>The district's rules for learning communities.</summary>
public class CommunitySettings : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }

    /// <summary>How many techniques one teacher may have planned or in trial at once.</summary>
    public int MaxActiveTechniques { get; set; } = Gradualism.DefaultLimit;
}
