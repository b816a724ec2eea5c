using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Frameworks;

/// <summary>A standard, characteristic or area of a framework version that groups its indicators.</summary>
public class FrameworkDomain : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid FrameworkVersionId { get; set; }
    public int Position { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    public List<Indicator> Indicators { get; set; } = [];
}
