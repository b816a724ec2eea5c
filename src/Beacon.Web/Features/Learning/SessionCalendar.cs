using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Beacon.Web.Features.Learning;

/// <summary>One session of an offering as an iCalendar event, in the session's own time zone.</summary>
public static class SessionCalendar
{
    public static string Write(Offering offering, LearningSession session)
    {
        var calendar = new Calendar();
        var local = Communities.CommunityTime.ToLocal(session.StartsAt, session.TimeZoneId);
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"learning-session-{session.Id:N}@beacon",
            Summary = offering.Title,
            Description = offering.Description,
            Location = session.Place ?? session.Link,
            Url = Uri.TryCreate(session.Link, UriKind.Absolute, out var link) ? link : null,
            DtStart = new CalDateTime(local, session.TimeZoneId),
            Duration = Duration.FromMinutes(session.Minutes),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
