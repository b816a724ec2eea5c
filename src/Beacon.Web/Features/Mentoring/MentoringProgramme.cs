using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Mentoring;

public enum ProgrammeStatus
{
    /// <summary>Being set up: the pool is filled and matching run as often as the coordinator likes.</summary>
    Matching = 0,

    /// <summary>The coordinator confirmed the pairs; pairings run.</summary>
    Running,
}

/// <summary>A mentoring, coaching or induction programme the district runs, with its rules for matching.</summary>
public class MentoringProgramme : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public ProgrammeKind Kind { get; set; }
    public ProgrammeStatus Status { get; set; }
    public MentoringRole MenteeRole { get; set; }
    public int? MenteeMaxYears { get; set; }
    public int MenteeMinSupportTier { get; set; }
    public int MentorMinYears { get; set; }
    public int? MentorMinRating { get; set; }
    public bool MentorTrainingRequired { get; set; }
    public bool SameSubjectRequired { get; set; }
    public bool SameGradeBandRequired { get; set; }
    public double? MaxTravelKm { get; set; }

    /// <summary>Mentees a mentor takes unless the pool says otherwise.</summary>
    public int DefaultCapacity { get; set; } = 2;

    /// <summary>Contact hours a pairing is expected to log over the programme.</summary>
    public int RequiredHours { get; set; }

    /// <summary>The focus areas a session picks from, one per line.</summary>
    public string FocusAreas { get; set; } = "";

    /// <summary>Milestones, one per line as "days: name" (school days after the pairing starts).</summary>
    public string Milestones { get; set; } = "";

    public DateOnly StartsOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public ProgrammeRules Rules() => new()
    {
        Kind = Kind,
        MenteeRole = MenteeRole,
        MenteeMaxYears = MenteeMaxYears,
        MenteeMinSupportTier = MenteeMinSupportTier,
        MentorMinYears = MentorMinYears,
        MentorMinRating = MentorMinRating,
        MentorTrainingRequired = MentorTrainingRequired,
        SameSubjectRequired = SameSubjectRequired,
        SameGradeBandRequired = SameGradeBandRequired,
        MaxTravelKm = MaxTravelKm,
    };

    public IReadOnlyList<string> FocusList() =>
        FocusAreas.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A staff member in a programme's mentor pool: volunteered or nominated, then confirmed by the coordinator.</summary>
public class MentorPoolEntry : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProgrammeId { get; set; }
    public Guid StaffMemberId { get; set; }
    public int Capacity { get; set; }
    public bool TrainingCompleted { get; set; }

    /// <summary>True when someone else put the person forward; false when they volunteered.</summary>
    public bool Nominated { get; set; }

    public bool Confirmed { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum MatchDecisionKind
{
    Locked = 0,
    Forbidden,
}

/// <summary>A coordinator's decision about one pair, kept across re-runs of the matching.</summary>
public class MatchDecision : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProgrammeId { get; set; }
    public Guid MenteeId { get; set; }
    public Guid MentorId { get; set; }
    public MatchDecisionKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
