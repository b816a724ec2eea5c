namespace Beacon.Web.Features.Plans;

/// <summary>When an action counts as overdue: its due date has passed and it is neither complete nor cancelled.</summary>
public static class ActionSchedule
{
    public static bool IsOverdue(DateOnly? dueOn, ActionStatus status, DateOnly today) =>
        dueOn is { } due && due < today && status is not (ActionStatus.Complete or ActionStatus.Cancelled);

    public static string Label(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Complete => "Complete",
        ActionStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
