using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Staff;

public class StaffMember : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }

    /// <summary>The id the roster source gives this person (OneRoster sourcedId); re-imports match on it.</summary>
    public required string SourceId { get; set; }

    /// <summary>The district's own staff number, where it has one.</summary>
    public string? StaffNumber { get; set; }

    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public string? Email { get; set; }
    public StaffRole Role { get; set; }
    public int? YearsOfExperience { get; set; }
    public CertificationStatus Certification { get; set; }
    public EffectivenessRating? Effectiveness { get; set; }

    public List<StaffAssignment> Assignments { get; set; } = [];

    public string FullName => $"{GivenName} {FamilyName}";
}
