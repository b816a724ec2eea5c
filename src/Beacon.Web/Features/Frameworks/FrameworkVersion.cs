using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Frameworks;

/// <summary>One version of a framework's content. A version that a cycle uses is never edited again.</summary>
public class FrameworkVersion : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid FrameworkId { get; set; }
    public Framework? Framework { get; set; }

    /// <summary>1 for the first version, then counting up.</summary>
    public int Number { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    public List<RubricLevel> Levels { get; set; } = [];
    public List<FrameworkDomain> Domains { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
}
