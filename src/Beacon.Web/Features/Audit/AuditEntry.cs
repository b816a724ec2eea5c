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
    /// <summary>The request that made the change (ASP.NET Core's trace identifier), so one action's changes read together; null for work outside a request.</summary>
    public string? RequestId { get; set; }

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
