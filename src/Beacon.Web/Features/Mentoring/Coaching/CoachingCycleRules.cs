using Beacon.Web.Features.Mentoring.Matching;

namespace Beacon.Web.Features.Mentoring.Coaching;

/// <summary>
/// The coaching cycle's order: goal → observation → feedback → follow-up, one step at a time, each on or after the
/// step before. A follow-up ends the cycle; the next goal is a new cycle.
/// </summary>
public static class CoachingCycleRules
{
    public static bool IsCoaching(ProgrammeKind kind) => kind is ProgrammeKind.InstructionalCoaching or ProgrammeKind.TurnaroundCoaching;

    public static string Label(CoachingStage stage) => stage switch
    {
        CoachingStage.Goal => "goal set",
        CoachingStage.Observation => "observed",
        CoachingStage.Feedback => "feedback given",
        CoachingStage.FollowUp => "followed up",
        _ => stage.ToString(),
    };

    /// <summary>The step after <paramref name="stage"/>, null when the cycle is complete.</summary>
    public static CoachingStage? Next(CoachingStage stage) => stage == CoachingStage.FollowUp ? null : stage + 1;

    /// <summary>The date the cycle reached its current stage.</summary>
    public static DateOnly LastDate(CoachingCycle cycle) => cycle.Stage switch
    {
        CoachingStage.Observation => cycle.ObservedOn ?? cycle.GoalSetOn,
        CoachingStage.Feedback => cycle.FeedbackOn ?? cycle.GoalSetOn,
        CoachingStage.FollowUp => cycle.FollowedUpOn ?? cycle.GoalSetOn,
        _ => cycle.GoalSetOn,
    };

    /// <summary>Moves the cycle one step on, dated <paramref name="on"/>; answers why not when it cannot.</summary>
    public static string? Advance(CoachingCycle cycle, DateOnly on)
    {
        if (Next(cycle.Stage) is not { } next)
        {
            return "This cycle is complete; start a new one for the next goal.";
        }
        if (on < LastDate(cycle))
        {
            return "The date cannot be before the cycle's previous step.";
        }
        switch (next)
        {
            case CoachingStage.Observation:
                cycle.ObservedOn = on;
                break;
            case CoachingStage.Feedback:
                cycle.FeedbackOn = on;
                break;
            default:
                cycle.FollowedUpOn = on;
                break;
        }
        cycle.Stage = next;
        return null;
    }
}
