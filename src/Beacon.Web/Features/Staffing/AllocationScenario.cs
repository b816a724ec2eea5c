using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// A named way of distributing K extra positions of one kind across schools for a school year.
/// Several scenarios are compared side by side; the one recorded as the decision becomes the
/// schools' extra staffing for that year.
/// </summary>
public class AllocationScenario : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }

    /// <summary>What kind of position is allocated, e.g. "Instructional coach".</summary>
    public required string PositionKind { get; set; }

    public Guid SchoolYearId { get; set; }
    public SchoolYear? SchoolYear { get; set; }
    public decimal TotalPositions { get; set; }

    /// <summary>1 for whole positions, 0.5 for half positions.</summary>
    public decimal Step { get; set; } = 1;

    public decimal CostPerPosition { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public bool IsDecision { get; set; }
    public string? DecisionRationale { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }

    public List<ScenarioSchool> Schools { get; set; } = [];
}

/// <summary>One school's need, bounds and resulting positions in a scenario.</summary>
public class ScenarioSchool : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ScenarioId { get; set; }
    public Guid SchoolId { get; set; }
    public School? School { get; set; }
    public double Need { get; set; }
    public decimal Minimum { get; set; }
    public decimal Maximum { get; set; }
    public decimal Positions { get; set; }
}

/// <summary>Extra positions a school has for a year, from the allocation decision that granted them.</summary>
public class ExtraPosition : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SchoolId { get; set; }
    public School? School { get; set; }
    public Guid SchoolYearId { get; set; }
    public required string PositionKind { get; set; }
    public decimal Positions { get; set; }
    public Guid ScenarioId { get; set; }
}
