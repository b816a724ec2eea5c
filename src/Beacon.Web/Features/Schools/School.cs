using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Schools;

public class School : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }

    /// <summary>The id the student-information system or import file gives the school; re-imports match on it.</summary>
    public required string SourceId { get; set; }

    public required string Name { get; set; }
    public string? StateCode { get; set; }
    public string? LocalCode { get; set; }
    public GradeBand GradeBand { get; set; }
    public string? Address { get; set; }
    public int? Enrollment { get; set; }

    /// <summary>Where the school is (degrees), for the distance mentors travel; null where not given.</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>Share of students in poverty, as a percentage from 0 to 100.</summary>
    public double? PovertyPercent { get; set; }
    public double? EnglishLearnerPercent { get; set; }
    public double? DisabilityPercent { get; set; }

    public List<Staff.StaffAssignment> Assignments { get; set; } = [];
}
