namespace Beacon.Web.Features.Mentoring;

/// <summary>
/// When a pairing's milestones fall due, which logged session meets one, and when its reminder goes out.
/// Days in a programme's milestone plan are school days: Monday to Friday (a district's holidays are not known).
/// </summary>
public static class MilestoneRules
{
    /// <summary>School days before a milestone's due date on which the mentor and coordinator are reminded.</summary>
    public const int ReminderLeadSchoolDays = 3;

    /// <summary>The day <paramref name="schoolDays"/> school days after <paramref name="start"/> (a start on a weekend counts from the Monday).</summary>
    public static DateOnly AddSchoolDays(DateOnly start, int schoolDays)
    {
        var day = start;
        while (IsWeekend(day))
        {
            day = day.AddDays(1);
        }
        var weeks = schoolDays / 5;
        day = day.AddDays(weeks * 7);
        for (var left = schoolDays % 5; left > 0;)
        {
            day = day.AddDays(1);
            if (!IsWeekend(day))
            {
                left--;
            }
        }
        return day;
    }

    /// <summary>
    /// A logged session meets an open milestone that is a meeting or visit (any session counts, "First meeting"), or
    /// one named as the session's focus ("Observation cycle" met by a session with that focus). Others are marked by hand.
    /// </summary>
    public static bool MetBy(string milestoneName, string sessionFocus) =>
        milestoneName.Contains("meeting", StringComparison.OrdinalIgnoreCase)
        || milestoneName.Contains("visit", StringComparison.OrdinalIgnoreCase)
        || string.Equals(milestoneName.Trim(), sessionFocus.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>An open milestone is reminded of once, from <see cref="ReminderLeadSchoolDays"/> school days before it is due (or at once when later).</summary>
    public static bool ReminderDue(DateOnly dueOn, DateOnly? metOn, DateTimeOffset? remindedAt, DateOnly today) =>
        metOn is null && remindedAt is null && ReminderFrom(dueOn) <= today;

    /// <summary>The first day of a milestone's reminder window.</summary>
    public static DateOnly ReminderFrom(DateOnly dueOn)
    {
        var day = dueOn;
        for (var left = ReminderLeadSchoolDays; left > 0;)
        {
            day = day.AddDays(-1);
            if (!IsWeekend(day))
            {
                left--;
            }
        }
        return day;
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
