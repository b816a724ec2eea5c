using System.Globalization;
using System.Text.Encodings.Web;
using Beacon.Web.Mail;

namespace Beacon.Web.Features.Communities;

/// <summary>
/// Mails each member the community's coming meetings and where to find them in Beacon. The mails go
/// into the outbox and are written by the caller's next SaveChanges.
/// </summary>
public sealed class CommunityInvitations(IMailOutbox outbox)
{
    public int Queue(Community community, IEnumerable<Occurrence> coming, string pageUrl)
    {
        var dates = string.Join("", coming.Select(o =>
            $"<li>{Html(o.Start.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture))} ({o.DurationMinutes} minutes)</li>"));
        var sent = 0;
        foreach (var member in community.Members.Where(m => !string.IsNullOrEmpty(m.Email)))
        {
            outbox.Enqueue(new OutgoingMail(member.Email!, member.DisplayName, $"Meetings of {community.Name}", $"""
                <p>Hello {Html(member.DisplayName)},</p>
                <p>You are {(member.Role == MemberRole.Facilitator ? "a facilitator" : "a member")} of <strong>{Html(community.Name)}</strong>.</p>
                <p>{Html(community.Rule?.Describe() ?? "")} ({Html(community.TimeZoneId)}). The next meetings:</p>
                <ul>{dates}</ul>
                <p><a href="{Html(pageUrl)}">Open the community in Beacon</a>, where you can also subscribe to the calendar.</p>
                """, community.DistrictId));
            sent++;
        }
        return sent;
    }

    private static string Html(string text) => HtmlEncoder.Default.Encode(text);
}
