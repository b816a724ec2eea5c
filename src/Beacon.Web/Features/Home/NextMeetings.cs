using Beacon.Web.Data;
using Beacon.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>The next meetings of a few communities, from their schedules and moved or cancelled dates, in one statement.</summary>
public static class NextMeetings
{
    public static MeetingRule? Rule(MeetingFrequency? frequency, DayOfWeek? day, int? weekOfMonth, TimeOnly? start, int duration, DateOnly? first, DateOnly? last) =>
        frequency is { } f && day is { } d && start is { } s && first is { } from
            ? new MeetingRule(f, d, weekOfMonth ?? 1, s, duration, from, last)
            : null;

    /// <summary>The moved or cancelled dates of these communities that can still matter from <paramref name="today"/> on.</summary>
    public static async Task<ILookup<Guid, OccurrenceChange>> ChangesAsync(BeaconDbContext db, IReadOnlyCollection<Guid> communityIds, DateOnly today, CancellationToken cancellationToken)
    {
        if (communityIds.Count == 0)
        {
            return Array.Empty<(Guid, OccurrenceChange)>().ToLookup(c => c.Item1, c => c.Item2);
        }
        // A move may bring a series date from the past into the window, as MeetingRecurrence looks two months wider.
        var since = today.AddDays(-62);
        var rows = await db.ScheduleExceptions
            .Where(e => communityIds.Contains(e.CommunityId) && (e.OccursOn >= since || e.MovedOn >= today))
            .Select(e => new { e.CommunityId, e.OccursOn, e.MovedOn, e.MovedAt })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.CommunityId, r => new OccurrenceChange(r.OccursOn, r.MovedOn is { } on && r.MovedAt is { } at ? on.ToDateTime(at) : null));
    }

    /// <summary>The next meeting (community local time) within <paramref name="days"/> of today, or null.</summary>
    public static DateTime? Next(MeetingRule? rule, DateOnly today, int days, IEnumerable<OccurrenceChange> changes) =>
        rule is null ? null : MeetingRecurrence.Between(rule, today, today.AddDays(days), changes).Select(o => (DateTime?)o.Start).FirstOrDefault();
}
