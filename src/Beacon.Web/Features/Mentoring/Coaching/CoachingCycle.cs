using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Mentoring.Coaching;

/// <summary>Where a coaching cycle stands: goal set, then observed, feedback given, followed up.</summary>
public enum CoachingStage
{
    Goal = 0,
    Observation,
    Feedback,
    FollowUp,
}

/// <summary>
/// One coaching cycle of a coaching pairing (the coach is the pairing's mentor): a goal tied to a plan goal or a
/// framework indicator, then an observation, feedback and a follow-up, each with its date. The notes are private
/// to the pair like a session's.
/// </summary>
public class CoachingCycle : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PairingId { get; set; }
    public required string Goal { get; set; }
    public Guid? PlanGoalId { get; set; }
    public Guid? IndicatorId { get; set; }
    public CoachingStage Stage { get; set; }
    public DateOnly GoalSetOn { get; set; }
    public DateOnly? ObservedOn { get; set; }
    public DateOnly? FeedbackOn { get; set; }
    public DateOnly? FollowedUpOn { get; set; }

    /// <summary>Private to the pair; the principal and coordinator see the goal, what it is tied to and the stage.</summary>
    public string? PrivateNotes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
