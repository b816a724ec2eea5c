using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Beacon.Web.Features.Communities;

/// <summary>A community's series as the feed needs it.</summary>
public sealed record CalendarSeries(Guid CommunityId, string Name, string? Focus, MeetingRule Rule, string TimeZoneId, IReadOnlyList<OccurrenceChange> Changes);

/// <summary>
/// Writes meeting series as iCalendar: one recurring event per community (RRULE), cancelled
/// occurrences as EXDATE, and each moved occurrence as its own event with a RECURRENCE-ID.
/// </summary>
public static class CalendarBuilder
{
    public static string Write(string calendarName, IEnumerable<CalendarSeries> series)
    {
        var calendar = new Calendar();
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var s in series)
        {
            var uid = $"community-{s.CommunityId:N}@beacon";
            var rule = s.Rule;
            var recurring = new CalendarEvent
            {
                Uid = uid,
                Summary = s.Name,
                Description = s.Focus,
                DtStart = Local(rule.From, rule, s.TimeZoneId),
                Duration = Duration.FromMinutes(rule.DurationMinutes),
            };
            recurring.RecurrenceRule = Pattern(rule, s.TimeZoneId);
            foreach (var change in s.Changes)
            {
                var original = new CalDateTime(change.SeriesDate.ToDateTime(rule.Start), s.TimeZoneId);
                if (change.MovedTo is { } moved)
                {
                    calendar.Events.Add(new CalendarEvent
                    {
                        Uid = uid,
                        Summary = s.Name,
                        Description = s.Focus,
                        RecurrenceIdentifier = new RecurrenceIdentifier(original),
                        DtStart = new CalDateTime(moved, s.TimeZoneId),
                        Duration = Duration.FromMinutes(rule.DurationMinutes),
                    });
                }
                else
                {
                    recurring.ExceptionDates.Add(original);
                }
            }
            calendar.Events.Add(recurring);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Local(DateOnly from, MeetingRule rule, string timeZoneId)
    {
        var first = MeetingRecurrence.SeriesDates(rule, from.AddDays(62)).FirstOrDefault(from);
        return new CalDateTime(first.ToDateTime(rule.Start), timeZoneId);
    }

    private static RecurrencePattern Pattern(MeetingRule rule, string timeZoneId)
    {
        var pattern = rule.Frequency switch
        {
            MeetingFrequency.Weekly => new RecurrencePattern(FrequencyType.Weekly, 1),
            MeetingFrequency.Fortnightly => new RecurrencePattern(FrequencyType.Weekly, 2),
            _ => new RecurrencePattern(FrequencyType.Monthly, 1),
        };
        pattern.ByDay.Add(rule.Frequency == MeetingFrequency.Monthly
            ? new WeekDay(rule.Day, rule.WeekOfMonth >= MeetingRule.LastWeek ? -1 : rule.WeekOfMonth)
            : new WeekDay(rule.Day));
        if (rule.Until is { } until)
        {
            pattern.Until = new CalDateTime(until.ToDateTime(new TimeOnly(23, 59, 59)), timeZoneId).ToTimeZone("UTC");
        }
        return pattern;
    }
}
