using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans;

/// <summary>One of a plan's few goals. A school plan's goal names the district goal it serves.</summary>
public class PlanGoal : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PlanId { get; set; }
    public Plan? Plan { get; set; }

    /// <summary>Order in the plan, from 1.</summary>
    public int Position { get; set; }

    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>For a goal of a school plan: the district plan's goal it serves.</summary>
    public Guid? DistrictGoalId { get; set; }
    public PlanGoal? DistrictGoal { get; set; }

    public List<PlanMeasure> Measures { get; set; } = [];
}
