using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans;

/// <summary>
/// A quarterly look at a plan: a status, narrative and evidence for each goal. Once a reviewer
/// signs it off it no longer changes, and it is what the board sees.
/// </summary>
public class ProgressReview : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PlanId { get; set; }
    public Plan? Plan { get; set; }

    /// <summary>The start year of the school year reviewed.</summary>
    public int Year { get; set; }

    /// <summary>Quarter of the school year, 1 to 4.</summary>
    public int Quarter { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? SignedOffAt { get; set; }
    public string? SignedOffBy { get; set; }
    public string? SignedOffByUserId { get; set; }

    public List<GoalReview> Goals { get; set; } = [];

    public bool IsSignedOff => SignedOffAt is not null;

    public string Label => $"{Plan.YearName(Year)} Q{Quarter}";
}

/// <summary>One goal's status in a review, with the narrative and evidence behind it.</summary>
public class GoalReview : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ReviewId { get; set; }
    public Guid GoalId { get; set; }
    public PlanGoal? Goal { get; set; }
    public GoalStatus? Status { get; set; }
    public string? Narrative { get; set; }
    public string? Evidence { get; set; }
}

public enum GoalStatus
{
    OnTrack,
    AtRisk,
    OffTrack,
}
