using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// The district's records an import matches against, loaded once per table (never once per row)
/// and keyed the way files refer to them: source ids, school-year names and measure codes.
/// </summary>
public sealed class ExistingRecords
{
    public Dictionary<string, School> Schools { get; init; } = new(StringComparer.Ordinal);
    public Dictionary<string, StaffMember> Staff { get; init; } = new(StringComparer.Ordinal);
    public Dictionary<Guid, List<StaffAssignment>> AssignmentsByStaff { get; init; } = [];
    public Dictionary<string, SchoolYear> Years { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, Measure> Measures { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<(Guid School, Guid Year, Guid Measure), SchoolMetric> Metrics { get; init; } = [];

    /// <summary>Staffing positions keyed by school, year and the kind of position in lower case.</summary>
    public Dictionary<(Guid School, Guid Year, string Kind), Features.Staffing.StaffingPosition> Positions { get; init; } = [];
}
