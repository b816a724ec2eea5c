using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Support;

/// <summary>
/// A sign that a school may be struggling, raised by a data rule or by a leader's judgment. It is
/// reviewed, then resolved or escalated; every step stays in <see cref="Events"/>.
/// </summary>
public class SchoolFlag : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SchoolId { get; set; }
    public School? School { get; set; }
    public FlagOrigin Origin { get; set; }

    /// <summary>The rule that raised it; null for a flag raised by judgment.</summary>
    public FlagRule? Rule { get; set; }

    /// <summary>The school year whose data raised it (for judgment flags, the year it was raised in, if known).</summary>
    public string? YearName { get; set; }

    public required string Reason { get; set; }
    public FlagStatus Status { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public required string RaisedBy { get; set; }
    public List<FlagEvent> Events { get; set; } = [];
}

/// <summary>One step in a flag's history: raised, reviewed, resolved or escalated, with who and why.</summary>
public class FlagEvent : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid FlagId { get; set; }
    public FlagStatus Status { get; set; }
    public required string Note { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
}

public enum FlagOrigin
{
    Rule,
    Judgment,
}

public enum FlagRule
{
    BelowThreshold,
    Decline,
    BottomShare,
}

public enum FlagStatus
{
    Open,
    Reviewed,
    Resolved,
    Escalated,
}

public static class FlagLabels
{
    public static string Label(this FlagRule rule) => rule switch
    {
        FlagRule.BelowThreshold => "Below threshold",
        FlagRule.Decline => "Declining",
        _ => "Bottom share",
    };

    public static string Label(this FlagStatus status) => status switch
    {
        FlagStatus.Open => "Open",
        FlagStatus.Reviewed => "Reviewed",
        FlagStatus.Resolved => "Resolved",
        _ => "Escalated",
    };

    public static string Source(this SchoolFlag flag) => flag.Rule is { } rule ? rule.Label() : "Leader's judgment";
}
