using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>The rating a cycle's team agreed for one indicator, with its notes.</summary>
public class ConsensusRating : IDistrictOwned, IUpdatedAt, IUpdatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid CycleId { get; set; }
    public Guid IndicatorId { get; set; }
    public int Level { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
