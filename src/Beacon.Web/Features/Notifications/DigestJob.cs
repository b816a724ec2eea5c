using Beacon.Web.Data;
using Beacon.Web.Jobs;
using Beacon.Web.Mail;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Notifications;

/// <summary>
/// Mails each person who chose a daily or weekly digest one mail with everything that waited for it,
/// when their digest is due. Works district by district, acting for each in turn.
/// </summary>
public sealed class DigestJob(BeaconDbContext db, CurrentDistrict currentDistrict, Notifier notifier, IMailOutbox outbox, TimeProvider clock) : IBeaconJob
{
    public Task RunAsync(CancellationToken cancellationToken) =>
        EachDistrict.RunAsync(db, currentDistrict, RunForDistrictAsync, cancellationToken);

    public async Task RunForDistrictAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = await db.Set<NotificationSettings>().Where(s => s.Digest != DigestChoice.EachItem).ToListAsync(cancellationToken);
        foreach (var person in settings.Where(s => DigestSchedule.IsDue(s.Digest, s.LastDigestAt, now)))
        {
            var waiting = await db.Set<Notification>().Where(n => n.UserId == person.UserId && n.MailedAt == null).ToListAsync(cancellationToken);
            if (waiting.Count == 0)
            {
                continue;
            }
            var user = await db.Users.Where(u => u.Id == person.UserId).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
            if (user?.Email is { } email)
            {
                outbox.Enqueue(notifier.Digest(email, user.DisplayName, waiting));
            }
            waiting.ForEach(n => n.MailedAt = now);
            person.LastDigestAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
