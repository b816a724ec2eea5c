using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Support;

/// <summary>
/// A contract under which a supporting school supports a supported school for a period (two years
/// unless agreed otherwise) in named areas of need; paid in instalments, each tied to a milestone.
/// </summary>
public class Partnership : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public const int DefaultYears = 2;

    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SupportingSchoolId { get; set; }
    public School? SupportingSchool { get; set; }
    public Guid SupportedSchoolId { get; set; }
    public School? SupportedSchool { get; set; }
    public required string AreasOfNeed { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public List<Milestone> Milestones { get; set; } = [];
    public List<Instalment> Instalments { get; set; } = [];
    public List<PartnershipVisit> Visits { get; set; } = [];
    public List<TermEvaluation> Evaluations { get; set; } = [];
}

/// <summary>An agreed result with a target and a date; the district records whether it was met.</summary>
public class Milestone : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PartnershipId { get; set; }
    public required string Title { get; set; }
    public required string Target { get; set; }
    public DateOnly DueOn { get; set; }
    public MilestoneStatus Status { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }
    public string? RecordedBy { get; set; }

    /// <summary>The measure whose imported figure for the supported school decides the milestone; null when judged by hand.</summary>
    public Guid? MeasureId { get; set; }
    public Metrics.Measure? Measure { get; set; }

    /// <summary>The start year of the school year whose figure counts (2025 for 2025-26).</summary>
    public int? MeasureYear { get; set; }

    public double? TargetValue { get; set; }

    /// <summary>What the latest import said; null for a milestone not tied to a measure.</summary>
    public MilestoneResult? Result { get; set; }

    /// <summary>The figure the result rests on, as imported.</summary>
    public double? ResultValue { get; set; }

    /// <summary>Why the payment decision went against the imported figure.</summary>
    public string? OverrideReason { get; set; }
}

/// <summary>A payment to the supporting school, released only when its milestone's terms are recorded as met.</summary>
public class Instalment : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid MilestoneId { get; set; }
    public Milestone? Milestone { get; set; }
    public decimal Amount { get; set; }
    public InstalmentStatus Status { get; set; }

    /// <summary>Why a withheld payment was withheld; kept for as long as the record lives.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}

public class PartnershipVisit : IDistrictOwned, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PartnershipId { get; set; }
    public DateOnly VisitedOn { get; set; }
    public required string Notes { get; set; }
    public string LoggedBy { get; set; } = "";
    string ICreatedBy.CreatedBy { get => LoggedBy; set => LoggedBy = value; }
}

/// <summary>The district's evaluation of the partnership at the end of a term.</summary>
public class TermEvaluation : IDistrictOwned, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PartnershipId { get; set; }
    public required string Term { get; set; }
    public EvaluationRating Rating { get; set; }
    public required string Summary { get; set; }
    public string EvaluatedBy { get; set; } = "";
    string ICreatedBy.CreatedBy { get => EvaluatedBy; set => EvaluatedBy = value; }
}

public enum MilestoneStatus
{
    Pending,
    Met,
    Missed,
}

public enum InstalmentStatus
{
    Scheduled,
    Released,
    Withheld,
}

public enum EvaluationRating
{
    OnTrack,
    PartlyOnTrack,
    OffTrack,
}

public static class PartnershipLabels
{
    public static string Label(this EvaluationRating rating) => rating switch
    {
        EvaluationRating.OnTrack => "On track",
        EvaluationRating.PartlyOnTrack => "Partly on track",
        _ => "Off track",
    };
}
