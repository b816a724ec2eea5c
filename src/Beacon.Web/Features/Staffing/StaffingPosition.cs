using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// A school's open and extra posts of one kind in a school year, from the staffing-positions import:
/// vacancies are funded posts nobody holds; extra positions are posts beyond the school's base
/// staffing (e.g. grant-funded). Extra positions from an allocation decision are <see cref="ExtraPosition"/>s.
/// </summary>
public class StaffingPosition : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SchoolId { get; set; }
    public School? School { get; set; }
    public Guid SchoolYearId { get; set; }
    public SchoolYear? SchoolYear { get; set; }
    public required string PositionKind { get; set; }
    public decimal Vacancies { get; set; }
    public decimal ExtraPositions { get; set; }
}
