namespace Beacon.Web.Features.Plans.Reminders;

/// <summary>
/// The reminder cascade for an overdue action: its owner is told the day after it falls due; after
/// the district's escalation days the school's leaders are; after as many days again the district's
/// leaders are. A district plan's action has no school leader step. Each step goes out once.
/// </summary>
public static class ReminderCascade
{
    public const int DefaultEscalationDays = 7;
    public const int MinEscalationDays = 1;
    public const int MaxEscalationDays = 60;

    /// <summary>The configured days, or the default when the stored value is out of range.</summary>
    public static int Effective(int escalationDays) =>
        escalationDays is >= MinEscalationDays and <= MaxEscalationDays ? escalationDays : DefaultEscalationDays;

    /// <summary>The steps that are due today and have not gone out yet, in cascade order.</summary>
    public static IReadOnlyList<ReminderStep> Due(DateOnly? dueOn, ActionStatus status, bool schoolPlan, int escalationDays, DateOnly today, IReadOnlyCollection<ReminderStep> sent)
    {
        if (!ActionSchedule.IsOverdue(dueOn, status, today))
        {
            return [];
        }
        var days = Effective(escalationDays);
        var late = today.DayNumber - dueOn!.Value.DayNumber;
        var steps = new List<ReminderStep> { ReminderStep.Owner };
        if (schoolPlan && late >= days)
        {
            steps.Add(ReminderStep.SchoolLeader);
        }
        if (late >= 2 * days)
        {
            steps.Add(ReminderStep.DistrictOwner);
        }
        return steps.Where(s => !sent.Contains(s)).ToList();
    }
}
