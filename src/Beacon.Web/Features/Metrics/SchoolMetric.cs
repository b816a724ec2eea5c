using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Metrics;

/// <summary>One school's value of one measure in one school year.</summary>
public class SchoolMetric : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SchoolId { get; set; }
    public School? School { get; set; }
    public Guid SchoolYearId { get; set; }
    public SchoolYear? SchoolYear { get; set; }
    public Guid MeasureId { get; set; }
    public Measure? Measure { get; set; }
    public double Value { get; set; }
}
