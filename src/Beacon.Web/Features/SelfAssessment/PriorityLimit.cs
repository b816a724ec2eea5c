namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// A team chooses one to three priorities: few enough to pursue consistently, which is what the
/// improvement plan is built on. A cycle cannot close without at least one.
/// </summary>
public static class PriorityLimit
{
    public const int Minimum = 1;
    public const int Maximum = 3;

    /// <summary>Why another priority may not be added, or null when it may.</summary>
    public static string? RefusalToAdd(int priorities, bool alreadyPriority) =>
        !alreadyPriority && priorities >= Maximum
            ? $"This cycle already has {Maximum} priorities, the most a team may choose. Remove one before marking another."
            : null;

    /// <summary>Why the cycle may not close yet, or null when it may.</summary>
    public static string? RefusalToClose(int priorities) =>
        priorities < Minimum
            ? "Mark at least one indicator as a priority before closing the cycle: open an indicator and choose “Mark as priority”."
            : null;
}
