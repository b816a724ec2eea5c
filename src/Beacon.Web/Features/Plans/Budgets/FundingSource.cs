using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans.Budgets;

/// <summary>One of the district's own funding sources (general fund, Title I, a named grant), which cost lines choose from.</summary>
public class FundingSource : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
}

/// <summary>Part of what an action costs, paid from one funding source.</summary>
public class ActionCost : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ActionId { get; set; }
    public Guid FundingSourceId { get; set; }
    public decimal Amount { get; set; }
}
