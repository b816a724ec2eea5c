using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Metrics;

/// <summary>
/// Something the district measures per school and year: enrollment and poverty share are built in,
/// results measures (e.g. "reading_proficiency") are the district's own.
/// </summary>
public class Measure : IDistrictOwned
{
    public const string EnrollmentCode = "enrollment";
    public const string PovertyCode = "poverty_percent";

    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }

    /// <summary>Lower-case code used as the column name in the metrics template.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool HigherIsBetter { get; set; } = true;
}
