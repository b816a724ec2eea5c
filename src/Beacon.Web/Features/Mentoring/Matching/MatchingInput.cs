namespace Beacon.Web.Features.Mentoring.Matching;

/// <summary>The kinds of programme a district runs; turnaround programmes pair people across schools by performance.</summary>
public enum ProgrammeKind
{
    Induction = 0,
    PeerMentoring,
    PrincipalMentoring,
    InstructionalCoaching,
    TurnaroundCoaching,
}

/// <summary>The job a person holds, as far as a programme's eligibility asks.</summary>
public enum MentoringRole
{
    Teacher = 0,
    Principal,
    Coach,
    Other,
}

/// <summary>A school as the rules see it: where it is, its grade band, its performance score and support tier.</summary>
/// <param name="Latitude">Degrees; null when the district has not given the school a location.</param>
/// <param name="Performance">The district's performance score (0–100), null when the school has no results.</param>
/// <param name="SupportTier">The school's support tier (0 none, 1–3 more support), from the support menu.</param>
public sealed record SchoolFacts(Guid Id, string Name, string GradeBand, double? Latitude, double? Longitude, double? Performance, int SupportTier);

/// <summary>A person who could be mentored.</summary>
/// <param name="EvaluatorIds">The people who evaluate this person (their school's leaders): never their mentor.</param>
public sealed record MenteeFacts(
    Guid Id, string Name, MentoringRole Role, int? YearsOfExperience, string? Subject, SchoolFacts School, IReadOnlySet<Guid> EvaluatorIds);

/// <summary>A person in the mentor pool, with the number of mentees they can take on.</summary>
/// <param name="Rating">1 (ineffective) to 4 (highly effective); null when HR does not share it.</param>
public sealed record MentorFacts(
    Guid Id, string Name, MentoringRole Role, int? YearsOfExperience, string? Subject, int? Rating, bool TrainingCompleted, int Capacity, SchoolFacts School);

/// <summary>What a programme asks of its mentees, its mentors and every pair.</summary>
public sealed record ProgrammeRules
{
    public ProgrammeKind Kind { get; init; }

    /// <summary>The role mentees hold (teachers for induction, principals for principal mentoring).</summary>
    public MentoringRole MenteeRole { get; init; } = MentoringRole.Teacher;

    /// <summary>Mentees have at most this many years of experience (1 for first-year teachers); null for any.</summary>
    public int? MenteeMaxYears { get; init; }

    /// <summary>Mentees work in schools of at least this support tier (2 for tier 2 and 3); 0 for any school.</summary>
    public int MenteeMinSupportTier { get; init; }

    public int MentorMinYears { get; init; }

    /// <summary>Mentors are rated at least this (3 effective); null to ignore ratings, as where HR does not allow their use.</summary>
    public int? MentorMinRating { get; init; }

    public bool MentorTrainingRequired { get; init; }
    public bool SameSubjectRequired { get; init; }
    public bool SameGradeBandRequired { get; init; }

    /// <summary>The furthest a mentor travels to the mentee's school, in kilometres; null for no limit.</summary>
    public double? MaxTravelKm { get; init; }
}

/// <summary>A pair of a mentee and a mentor, by id.</summary>
public readonly record struct PairKey(Guid MenteeId, Guid MentorId);

/// <summary>What the matcher is given: the programme's rules, the people, and the coordinator's locked and forbidden pairs.</summary>
public sealed record MatchingInput(
    ProgrammeRules Rules,
    IReadOnlyList<MenteeFacts> Mentees,
    IReadOnlyList<MentorFacts> Mentors,
    IReadOnlyCollection<PairKey> Locked,
    IReadOnlyCollection<PairKey> Forbidden);
