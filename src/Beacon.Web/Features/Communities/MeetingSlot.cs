using System.Globalization;

namespace Beacon.Web.Features.Communities;

/// <summary>
/// Whether a meeting fits its community's series: it falls on a date the series meets (after its
/// cancellations and moves), and its agenda fits the series' length. A community with no schedule
/// has no slot to fit, so any date and agenda do.
/// </summary>
public static class MeetingSlot
{
    /// <summary>Why a meeting cannot start on <paramref name="date"/>, or null when the series meets that day.</summary>
    public static string? DateRefusal(MeetingRule? rule, IEnumerable<OccurrenceChange> changes, DateOnly date)
    {
        if (rule is null || MeetingRecurrence.Between(rule, date, date, changes).Count > 0)
        {
            return null;
        }
        var day = date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        return $"The community meets {Lower(rule.Describe())}; no meeting of that series falls on {day}. " +
               "Choose one of its dates, or move that meeting to this day under Schedule first.";
    }

    /// <summary>Why an agenda of <paramref name="agendaMinutes"/> does not fit the series' meetings, or null when it does.</summary>
    public static string? LengthRefusal(MeetingRule? rule, int agendaMinutes) =>
        rule is null || agendaMinutes <= rule.DurationMinutes
            ? null
            : $"This agenda takes {agendaMinutes} minutes but the community's meetings last {rule.DurationMinutes}. " +
              "Choose a shorter agenda, or lengthen the meetings under Schedule.";

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
