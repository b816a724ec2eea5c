using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Learning.External;

public enum ExternalStatus
{
    /// <summary>Waiting for the professional learning office.</summary>
    Submitted,
    Approved,

    /// <summary>Sent back with a reason; it does not count, and the person may submit it again.</summary>
    Returned,
}

/// <summary>
/// Learning done outside the catalog (a university course, a state conference) that a person submits with
/// evidence; once the office approves it, its credits count on the transcript like attended offerings.
/// </summary>
public class ExternalLearning : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string UserId { get; set; }
    public required string DisplayName { get; set; }
    public required string Title { get; set; }
    public required string Provider { get; set; }
    public DateOnly CompletedOn { get; set; }

    /// <summary>Evidence as a link (a badge, a transcript page) when no file is uploaded.</summary>
    public string? Link { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }
    public byte[]? Content { get; set; }

    public ExternalStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why the office sent it back, shown to the person.</summary>
    public string? ReturnReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ExternalCredit> Credits { get; set; } = [];
}

/// <summary>How much of one credit type a piece of external learning claims (and, approved, earns).</summary>
public class ExternalCredit : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ExternalLearningId { get; set; }
    public Guid CreditTypeId { get; set; }
    public decimal Amount { get; set; }
}
