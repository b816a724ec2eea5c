using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans;

/// <summary>A concrete step under a strategy: who does it, when, what it costs and who pays.</summary>
public class PlanAction : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PlanId { get; set; }
    public Guid? StrategyId { get; set; }
    public Strategy? Strategy { get; set; }

    public required string Title { get; set; }

    /// <summary>The account that owns the action, when the owner has one.</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>The owner's name when they have no account (e.g. "Grade 3 team").</summary>
    public string? OwnerName { get; set; }

    public DateOnly? StartsOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public ActionStatus Status { get; set; }
    public decimal? Budget { get; set; }
    public string? FundingSource { get; set; }

    public bool HasOwner => OwnerUserId is not null || !string.IsNullOrWhiteSpace(OwnerName);
}

public enum ActionStatus
{
    NotStarted,
    InProgress,
    Complete,
    Cancelled,
}
