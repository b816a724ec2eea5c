using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// A pay incentive for teaching where the need is, e.g. "a highly effective teacher in a school at or
/// above 75% poverty earns 5,000 a year". Simulated as a draft; adopted once the district decides.
/// </summary>
public class IncentiveRule : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public IncentiveKind Kind { get; set; }

    /// <summary>For <see cref="IncentiveKind.HighlyEffectiveInHighPoverty"/>: the school's poverty share must be at least this.</summary>
    public double? MinimumPovertyPercent { get; set; }

    /// <summary>For <see cref="IncentiveKind.HardToStaffSubjectInTopQuartile"/>: the subject taught.</summary>
    public string? Subject { get; set; }

    public decimal AmountPerYear { get; set; }
    public bool Adopted { get; set; }
    public DateTimeOffset? AdoptedAt { get; set; }
    public string? AdoptedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum IncentiveKind
{
    HighlyEffectiveInHighPoverty,
    HardToStaffSubjectInTopQuartile,
}
