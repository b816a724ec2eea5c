using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Features.Notifications;
using Beacon.Web.Jobs;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>That a person was reminded of one session: written with the reminder, so a later run never sends it again.</summary>
public class SessionReminder : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SessionId { get; set; }
    public Guid RegistrationId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

/// <summary>When a session's reminder is due: inside the district's window before it starts, and not once it has started.</summary>
public static class ReminderRule
{
    public const int DefaultHours = 24;
    public const int MinHours = 1;

    /// <summary>A week: a reminder further ahead is forgotten by the day.</summary>
    public const int MaxHours = 168;

    public static bool Due(DateTimeOffset startsAt, DateTimeOffset now, int hoursBefore) =>
        now < startsAt && now >= startsAt.AddHours(-Math.Clamp(hoursBefore, MinHours, MaxHours));
}

/// <summary>
/// Reminds each enrolled person (approved through the whole chain) of a session the district's number of hours
/// before it starts, once: a notification and a mail through the outbox. Requested, waitlisted, declined and
/// cancelled registrations are not reminded. Works district by district.
/// </summary>
public sealed class SessionReminderJob(BeaconDbContext db, CurrentDistrict currentDistrict, Notifier notifier, TimeProvider clock) : IBeaconJob
{
    public Task RunAsync(CancellationToken cancellationToken) =>
        EachDistrict.RunAsync(db, currentDistrict, RunForDistrictAsync, cancellationToken);

    public async Task RunForDistrictAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hours = await db.LearningSettings.Select(s => s.ReminderHours).FirstOrDefaultAsync(cancellationToken) ?? ReminderRule.DefaultHours;
        var horizon = now.AddHours(Math.Clamp(hours, ReminderRule.MinHours, ReminderRule.MaxHours));
        var due = await db.LearningSessions.AsNoTracking()
            .Where(s => s.StartsAt > now && s.StartsAt <= horizon)
            .Join(db.Offerings.Where(o => o.Status == OfferingStatus.Published), s => s.OfferingId, o => o.Id, (s, o) => new { Session = s, o.Title })
            .Join(db.Registrations.Where(r => r.Status == RegistrationStatus.Enrolled), x => x.Session.OfferingId, r => r.OfferingId,
                (x, r) => new { x.Session, x.Title, RegistrationId = r.Id, r.UserId })
            .Where(x => !db.SessionReminders.Any(m => m.SessionId == x.Session.Id && m.RegistrationId == x.RegistrationId))
            .ToListAsync(cancellationToken);
        foreach (var item in due.Where(x => ReminderRule.Due(x.Session.StartsAt, now, hours)))
        {
            var where = item.Session.Place ?? item.Session.Link ?? "the place the offering gives";
            var text = string.Create(CultureInfo.InvariantCulture, $"Reminder: {item.Title} starts {LearningLabels.When(item.Session)} at {where}.");
            await notifier.NotifyAsync([item.UserId], text, $"/Learning/Offerings/{item.Session.OfferingId}", cancellationToken);
            db.SessionReminders.Add(new SessionReminder { Id = Guid.CreateVersion7(), SessionId = item.Session.Id, RegistrationId = item.RegistrationId, SentAt = now });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
