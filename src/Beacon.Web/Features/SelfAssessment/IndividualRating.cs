using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>One team member's rating of one indicator in a cycle, with their comment.</summary>
public class IndividualRating : IDistrictOwned, IUpdatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid CycleId { get; set; }
    public Guid IndicatorId { get; set; }
    public required string UserId { get; set; }

    /// <summary>The rubric level's value (1..n) in the cycle's framework version.</summary>
    public int Level { get; set; }

    public string? Comment { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
