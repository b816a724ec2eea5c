using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Learning;

public enum RegistrationStatus
{
    /// <summary>Waiting for <see cref="Registration.AwaitingStep"/>; holds a place meanwhile.</summary>
    Requested,
    Enrolled,
    Waitlisted,
    Declined,
    Cancelled,
}

/// <summary>A person's place (or wait for one) in an offering, and where it stands in the approval chain.</summary>
public class Registration : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid OfferingId { get; set; }
    public required string UserId { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>The person's school when they registered: whose principal approves.</summary>
    public Guid? SchoolId { get; set; }

    public RegistrationStatus Status { get; set; }
    public ApprovalStep? AwaitingStep { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? PrincipalApprovedBy { get; set; }
    public string? OfficeApprovedBy { get; set; }
    public string? Note { get; set; }
}

public enum AttendanceMethod
{
    Roster,
    Code,
}

/// <summary>Minutes a registered person attended one session (fewer than the session's: partial attendance).</summary>
public class SessionAttendance : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SessionId { get; set; }
    public Guid RegistrationId { get; set; }
    public int Minutes { get; set; }
    public AttendanceMethod Method { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// A certificate as issued: what it certified is kept as it was, so the public check shows what the
/// paper says even if the offering changes later.
/// </summary>
public class Certificate : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid RegistrationId { get; set; }
    /// <summary>The verification code printed on the certificate (district id and random letters).</summary>
    public required string Code { get; set; }
    public required string PersonName { get; set; }
    public required string OfferingTitle { get; set; }
    public DateOnly CompletedOn { get; set; }
    public required string Credits { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
}
