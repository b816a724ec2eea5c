namespace Beacon.Web.Features.Communities;

public enum MeetingFrequency
{
    Weekly,
    Fortnightly,
    Monthly,
}

/// <summary>
/// A community's meeting series, e.g. "monthly, second Tuesday, 16:00 for 75 minutes". For a monthly
/// series <see cref="WeekOfMonth"/> is 1 to 4, or 5 for the last such weekday of the month.
/// </summary>
public sealed record MeetingRule(
    MeetingFrequency Frequency, DayOfWeek Day, int WeekOfMonth, TimeOnly Start, int DurationMinutes, DateOnly From, DateOnly? Until)
{
    public const int LastWeek = 5;

    public string Describe()
    {
        var day = Day.ToString();
        var when = Frequency switch
        {
            MeetingFrequency.Weekly => $"Every {day}",
            MeetingFrequency.Fortnightly => $"Every other {day}",
            _ => $"Monthly, {Ordinal(WeekOfMonth)} {day}",
        };
        return $"{when}, {Start:HH\\:mm} for {DurationMinutes} minutes";
    }

    public static string Ordinal(int week) => week switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        _ => "last",
    };
}

/// <summary>A planned meeting: its date in the series, and its local start (moved when an exception says so).</summary>
public sealed record Occurrence(DateOnly SeriesDate, DateTime Start, int DurationMinutes, bool Moved);

/// <summary>An exception to the series: the occurrence on <paramref name="SeriesDate"/> is cancelled (no new start) or moved.</summary>
public sealed record OccurrenceChange(DateOnly SeriesDate, DateTime? MovedTo);

/// <summary>Expands a meeting series into dated occurrences, applying cancellations and moves.</summary>
public static class MeetingRecurrence
{
    /// <summary>Series dates from the rule's start, in order, up to and including <paramref name="to"/> (or the rule's end).</summary>
    public static IEnumerable<DateOnly> SeriesDates(MeetingRule rule, DateOnly to)
    {
        var end = rule.Until is { } until && until < to ? until : to;
        if (rule.Frequency == MeetingFrequency.Monthly)
        {
            for (var month = new DateOnly(rule.From.Year, rule.From.Month, 1); month <= end; month = month.AddMonths(1))
            {
                var date = NthWeekday(month.Year, month.Month, rule.Day, rule.WeekOfMonth);
                if (date >= rule.From && date <= end)
                {
                    yield return date;
                }
            }
            yield break;
        }
        var step = rule.Frequency == MeetingFrequency.Weekly ? 7 : 14;
        var first = rule.From.AddDays(((int)rule.Day - (int)rule.From.DayOfWeek + 7) % 7);
        for (var date = first; date <= end; date = date.AddDays(step))
        {
            yield return date;
        }
    }

    /// <summary>The occurrences whose (possibly moved) start falls on a date from <paramref name="from"/> to <paramref name="to"/>, by start.</summary>
    public static IReadOnlyList<Occurrence> Between(MeetingRule rule, DateOnly from, DateOnly to, IEnumerable<OccurrenceChange> changes)
    {
        var byDate = changes.GroupBy(c => c.SeriesDate).ToDictionary(g => g.Key, g => g.Last());
        // A move may bring an occurrence into the window from a series date outside it, so look a little wider.
        var occurrences = new List<Occurrence>();
        foreach (var date in SeriesDates(rule, to.AddDays(62)))
        {
            DateTime start;
            var moved = false;
            if (byDate.TryGetValue(date, out var change))
            {
                if (change.MovedTo is not { } movedTo)
                {
                    continue;
                }
                (start, moved) = (movedTo, true);
            }
            else
            {
                start = date.ToDateTime(rule.Start);
            }
            var day = DateOnly.FromDateTime(start);
            if (day >= from && day <= to)
            {
                occurrences.Add(new Occurrence(date, start, rule.DurationMinutes, moved));
            }
        }
        return occurrences.OrderBy(o => o.Start).ToList();
    }

    /// <summary>The <paramref name="n"/>th <paramref name="day"/> of a month (n = 5 means the last one).</summary>
    public static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        if (n >= MeetingRule.LastWeek)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
        }
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }
}
