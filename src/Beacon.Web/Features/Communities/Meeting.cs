using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Communities;

public enum AgendaItemKind
{
    General,
    CheckInRound,
    ActionPlanning,
}

/// <summary>A meeting of a community, run from an agenda template: attendance, notes per item, check-ins, decisions and a summary.</summary>
public class Meeting : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid CommunityId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public required string TemplateName { get; set; }
    public string? Decisions { get; set; }
    public string? Summary { get; set; }
    public DateTimeOffset? SummarySavedAt { get; set; }

    public List<MeetingItem> Items { get; set; } = [];
    public List<MeetingAttendance> Attendance { get; set; } = [];
    public List<CheckIn> CheckIns { get; set; } = [];
}

public class MeetingItem : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid MeetingId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public int Minutes { get; set; }
    public string? Guidance { get; set; }
    public AgendaItemKind Kind { get; set; }
    public string? Notes { get; set; }
}

public class MeetingAttendance : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid MemberId { get; set; }
    public bool Present { get; set; }
}

/// <summary>
/// A member's report in the "how's it going" round: what they tried with one technique of their
/// plan (or in general, when <see cref="PlanItemId"/> is null) and where it now stands.
/// </summary>
public class CheckIn : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid MemberId { get; set; }
    public Guid? PlanItemId { get; set; }
    public string? Report { get; set; }
    public TechniqueStatus? Status { get; set; }
}
