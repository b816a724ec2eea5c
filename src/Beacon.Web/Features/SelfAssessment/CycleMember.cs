using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>An account of the district on a cycle's team: it rates every indicator and sees the team's ratings.</summary>
public class CycleMember : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid CycleId { get; set; }
    public required string UserId { get; set; }
}
