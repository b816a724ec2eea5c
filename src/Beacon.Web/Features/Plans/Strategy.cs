using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans;

/// <summary>
/// What the plan will do to reach a goal. A strategy whose goal is gone (or was never chosen)
/// serves no goal, which the coherence view points out.
/// </summary>
public class Strategy : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PlanId { get; set; }
    public Guid? GoalId { get; set; }
    public PlanGoal? Goal { get; set; }

    public required string Title { get; set; }
    public string? Description { get; set; }

    public List<StrategyIndicator> Indicators { get; set; } = [];
}

/// <summary>
/// A framework indicator a strategy addresses. A self-assessment priority is an indicator a team
/// chose, so linking its indicator is how a strategy addresses the priority.
/// </summary>
public class StrategyIndicator : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid StrategyId { get; set; }
    public Guid IndicatorId { get; set; }
    public Frameworks.Indicator? Indicator { get; set; }
}
