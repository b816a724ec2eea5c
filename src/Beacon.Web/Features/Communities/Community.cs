using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Communities;

public enum CommunityKind
{
    SchoolPlc,
    TeacherLearningCommunity,
    InquiryGroup,
    Network,
}

/// <summary>
/// A group of educators who meet regularly to improve their practice: a school PLC, a teacher
/// learning community, an inquiry group, or a network across schools (and, for districts that
/// joined it, across districts). Its one meeting series lives on it as a <see cref="MeetingRule"/>.
/// </summary>
public class Community : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public CommunityKind Kind { get; set; }

    /// <summary>The school of a school PLC or a school's community; null for district-wide groups and networks.</summary>
    public Guid? SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>The grade level or subject of a PLC, e.g. "Grade 3" or "Mathematics".</summary>
    public string? GradeOrSubject { get; set; }
    public string? Focus { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public MeetingFrequency? Frequency { get; set; }
    public int? WeekOfMonth { get; set; }
    public DayOfWeek? MeetingDay { get; set; }
    public TimeOnly? StartTime { get; set; }
    public int DurationMinutes { get; set; } = 75;
    public DateOnly? FirstMeetingOn { get; set; }
    public DateOnly? LastMeetingOn { get; set; }
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>For a network: the hash of the code another district's administrator enters to join it.</summary>
    public string? JoinCodeHash { get; set; }

    public List<CommunityMember> Members { get; set; } = [];
    public List<ScheduleException> Exceptions { get; set; } = [];
    public List<CommunityIndicator> Indicators { get; set; } = [];

    public MeetingRule? Rule => Frequency is { } frequency && MeetingDay is { } day && StartTime is { } start && FirstMeetingOn is { } first
        ? new MeetingRule(frequency, day, WeekOfMonth ?? 1, start, DurationMinutes, first, LastMeetingOn)
        : null;
}

/// <summary>A framework indicator the community's work serves.</summary>
public class CommunityIndicator : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid CommunityId { get; set; }
    public Guid IndicatorId { get; set; }
}

/// <summary>One occurrence of the series that is cancelled or moved to another time.</summary>
public class ScheduleException : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid CommunityId { get; set; }

    /// <summary>The date the occurrence would have been on.</summary>
    public DateOnly OccursOn { get; set; }

    // Kept as a local date and time (not an instant): PostgreSQL maps DateTime to a UTC timestamp.
    public DateOnly? MovedOn { get; set; }
    public TimeOnly? MovedAt { get; set; }

    /// <summary>The new local start; null when the occurrence is cancelled.</summary>
    public DateTime? MovedTo
    {
        get => MovedOn is { } on && MovedAt is { } at ? on.ToDateTime(at) : null;
        set => (MovedOn, MovedAt) = value is { } v ? (DateOnly.FromDateTime(v), TimeOnly.FromDateTime(v)) : ((DateOnly?)null, (TimeOnly?)null);
    }
    public string? Note { get; set; }
}
