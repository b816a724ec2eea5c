using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Frameworks;

/// <summary>One step of a version's rubric; <see cref="Value"/> runs 1..n from lowest to highest.</summary>
public class RubricLevel : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid FrameworkVersionId { get; set; }
    public int Value { get; set; }
    public required string Label { get; set; }
    public string? Description { get; set; }
}
