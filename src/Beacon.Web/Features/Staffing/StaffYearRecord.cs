using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// A staff member's assignment and standing in one school year, kept when the year's staffing is
/// recorded. Staff records show only the present; these rows are what trends and retention read.
/// </summary>
public class StaffYearRecord : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SchoolYearId { get; set; }
    public SchoolYear? SchoolYear { get; set; }
    public Guid StaffMemberId { get; set; }
    public Guid SchoolId { get; set; }
    public School? School { get; set; }
    public StaffRole Role { get; set; }
    public int? YearsOfExperience { get; set; }
    public CertificationStatus Certification { get; set; }
    public EffectivenessRating? Effectiveness { get; set; }
    public double Fte { get; set; }
    public bool OutOfField { get; set; }
}
