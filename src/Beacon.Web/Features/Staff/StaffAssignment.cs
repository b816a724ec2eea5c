using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Staff;

/// <summary>A staff member's assignment to one school, with the share of a full-time post it takes.</summary>
public class StaffAssignment : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public Guid SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>Full-time equivalent, from 0 (exclusive) to 1.</summary>
    public double Fte { get; set; } = 1.0;

    /// <summary>The subject taught in this assignment, e.g. "Mathematics", where the roster says.</summary>
    public string? Subject { get; set; }

    /// <summary>True when the person is not certified for the subject taught here.</summary>
    public bool OutOfField { get; set; }
}
