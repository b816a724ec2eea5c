using System.Text;
using System.Text.Encodings.Web;
using Beacon.Web.Data;
using Beacon.Web.Mail;
using Beacon.Web.Tenancy;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Notifications;

/// <summary>
/// Tells people something: a notification on their page, and a mail through the outbox, at once or
/// in their digest as each person chose. Nothing is saved here: the rows and mails are added to the
/// context and written with the change that causes them.
/// </summary>
public sealed class Notifier(BeaconDbContext db, IMailOutbox outbox, CurrentDistrict district, PublicLinks links, TimeProvider clock)
{
    public async Task NotifyAsync(IEnumerable<string> userIds, string text, string link, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var people = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(cancellationToken);
        var digests = await db.Set<NotificationSettings>().Where(s => ids.Contains(s.UserId) && s.Digest != DigestChoice.EachItem)
            .Select(s => s.UserId).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            var mailNow = !digests.Contains(person.Id) && person.Email is not null;
            db.Add(new Notification
            {
                Id = Guid.CreateVersion7(),
                UserId = person.Id,
                Text = Limits.Fit(text, Limits.Paragraph),
                Link = link,
                CreatedAt = now,
                MailedAt = mailNow ? now : null,
            });
            if (mailNow)
            {
                outbox.Enqueue(new OutgoingMail(person.Email!, person.DisplayName, Limits.Fit(text, Limits.Line),
                    $"<p>{Html(text)}</p><p><a href=\"{Html(Absolute(link))}\">Open it in Beacon</a></p>", district.Id));
            }
        }
    }

    /// <summary>One mail listing everything that waited for the person's digest.</summary>
    public OutgoingMail Digest(string toAddress, string toName, IReadOnlyList<Notification> items)
    {
        var body = new StringBuilder("<p>Here is what happened in Beacon since your last digest:</p><ul>");
        foreach (var item in items.OrderBy(n => n.CreatedAt))
        {
            body.Append("<li>").Append(Html(item.Text));
            if (item.Link is { } link)
            {
                body.Append(" (<a href=\"").Append(Html(Absolute(link))).Append("\">open</a>)");
            }
            body.Append("</li>");
        }
        body.Append("</ul>");
        var subject = items.Count == 1 ? "Your Beacon digest: 1 notification" : $"Your Beacon digest: {items.Count} notifications";
        return new OutgoingMail(toAddress, toName, subject, body.ToString(), district.Id);
    }

    // A job has no request to take the address from; without Beacon:PublicUrl (development) the link stays relative.
    private string Absolute(string path)
    {
        try
        {
            return links.Path(path);
        }
        catch (InvalidOperationException)
        {
            return path;
        }
    }

    private static string Html(string text) => HtmlEncoder.Default.Encode(text);
}
