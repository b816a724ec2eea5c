namespace Beacon.Web.Features.Support;

/// <summary>
/// How a flag moves: it is reviewed first, then resolved or escalated; an escalated flag is resolved
/// once the escalation has run its course. A resolved flag is closed for good (a new concern is a new flag).
/// </summary>
public static class FlagWorkflow
{
    public static IReadOnlyList<FlagStatus> NextSteps(FlagStatus status) => status switch
    {
        FlagStatus.Open => [FlagStatus.Reviewed],
        FlagStatus.Reviewed => [FlagStatus.Resolved, FlagStatus.Escalated],
        FlagStatus.Escalated => [FlagStatus.Resolved],
        _ => [],
    };

    /// <summary>Moves the flag and records the step; returns what is wrong instead when the step is not allowed.</summary>
    public static string? Move(SchoolFlag flag, FlagStatus to, string? note, string by, DateTimeOffset at)
    {
        if (!NextSteps(flag.Status).Contains(to))
        {
            return flag.Status == FlagStatus.Resolved
                ? "This flag is resolved. Raise a new flag if there is a new concern."
                : $"A flag that is {flag.Status.Label().ToLowerInvariant()} cannot be marked {to.Label().ToLowerInvariant()}. Next: {string.Join(" or ", NextSteps(flag.Status).Select(s => s.Label().ToLowerInvariant()))}.";
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            return "Write a note saying what was found or decided.";
        }
        flag.Status = to;
        flag.Events.Add(new FlagEvent { Id = Guid.CreateVersion7(), FlagId = flag.Id, Status = to, Note = note.Trim(), By = by, At = at });
        return null;
    }
}
