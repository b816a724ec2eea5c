using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Schools;

/// <summary>A school year such as "2025-26", running from <see cref="StartsOn"/> to <see cref="EndsOn"/>.</summary>
public class SchoolYear : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
}
