using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Audit;

/// <summary>One create, update or delete of district data: who, when, which record and which fields.</summary>
public class AuditEntry : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public required string Entity { get; set; }
    public required string EntityId { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>JSON object of changed fields: { "Name": { "from": "a", "to": "b" } }.</summary>
    public required string Changes { get; set; }
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}
