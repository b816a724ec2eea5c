using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Learning;

public enum OfferingKind
{
    Course,
    Workshop,
    Conference,
    OnlineModule,
    Community,
    Mentoring,
}

public enum OfferingStatus
{
    Draft,
    Published,
    Withdrawn,
}

/// <summary>
/// A piece of professional learning in the district's catalog: what it is, who it is for, what it
/// costs and which credits it awards. People register for the whole offering and attend its sessions.
/// </summary>
public class Offering : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public OfferingKind Kind { get; set; }
    public OfferingStatus Status { get; set; }

    /// <summary>A school's own offering; null for the district's.</summary>
    public Guid? SchoolId { get; set; }

    /// <summary>Who it is for, in words ("Grade 3–5 teachers, coaches").</summary>
    public string? Audience { get; set; }

    /// <summary>The account that runs the roster and check-in.</summary>
    public string? FacilitatorUserId { get; set; }
    public string? FacilitatorName { get; set; }

    /// <summary>What one place costs the district; a paid offering needs the office's approval.</summary>
    public decimal Cost { get; set; }

    /// <summary>Held away from the person's school (travel, substitute cover): needs the office's approval.</summary>
    public bool OffSite { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public List<LearningSession> Sessions { get; set; } = [];
    public List<OfferingCredit> Credits { get; set; } = [];
    public List<OfferingGoal> Goals { get; set; } = [];
}

/// <summary>One meeting of an offering: when, where (a room or a link) and how many people fit.</summary>
public class LearningSession : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid OfferingId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public int Minutes { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public string? Place { get; set; }
    public string? Link { get; set; }
    public int Capacity { get; set; }

    /// <summary>The short code shown in the room for self check-in.</summary>
    public string CheckInCode { get; set; } = "";

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);
}

/// <summary>How much of one credit type an offering awards for full attendance.</summary>
public class OfferingCredit : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid OfferingId { get; set; }
    public Guid CreditTypeId { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>A plan goal the offering serves.</summary>
public class OfferingGoal : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid OfferingId { get; set; }
    public Guid GoalId { get; set; }
}

/// <summary>A kind of credit the district awards: clock hours, state CEUs, salary-lane credit…</summary>
public class CreditType : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }

    /// <summary>Awarded only to those who attended every minute (graduate credit); otherwise in proportion.</summary>
    public bool RequiresFullAttendance { get; set; }
}

/// <summary>Who must approve a registration, and when sessions are reminded. One row per district at most; until saved, <see cref="Defaults"/>.</summary>
public class LearningSettings : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public bool PrincipalApproves { get; set; }
    public OfficeApproval OfficeApproves { get; set; }

    /// <summary>How many hours before a session its enrolled people are reminded; null for <see cref="ReminderRule.DefaultHours"/>.</summary>
    public int? ReminderHours { get; set; }

    public static LearningSettings Defaults() => new() { PrincipalApproves = true, OfficeApproves = OfficeApproval.PaidOrOffSite };
}
