using System.Text.Encodings.Web;
using Beacon.Web.Mail;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Identity;

/// <summary>
/// The two mails that carry a set-password link: a password reset and an invitation. Both are put
/// in the outbox and written by the caller's next SaveChanges, with the change that causes them.
/// </summary>
public sealed class AccountMail(UserManager<BeaconUser> users, AccountLinks links, IMailOutbox outbox)
{
    public async Task QueuePasswordResetAsync(BeaconUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.ResetPassword(user.Id, token);
        outbox.Enqueue(new OutgoingMail(user.Email!, user.DisplayName, "Reset your Beacon password", $"""
            <p>Hello {Html(user.DisplayName)},</p>
            <p>Someone, hopefully you, asked to reset the password of your Beacon account.</p>
            <p><a href="{Html(link)}">Choose a new password</a></p>
            <p>The link works once, for one day. If you did not ask for it, ignore this mail: your password stays as it is.</p>
            """, user.DistrictId));
    }

    public async Task QueueInvitationAsync(BeaconUser user, string districtName, string invitedBy)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = links.AcceptInvitation(user.Id, token);
        outbox.Enqueue(new OutgoingMail(user.Email!, user.DisplayName, $"You are invited to Beacon for {districtName}", $"""
            <p>Hello {Html(user.DisplayName)},</p>
            <p>{Html(invitedBy)} has given you access to Beacon for {Html(districtName)}.</p>
            <p><a href="{Html(link)}">Choose your password and sign in</a></p>
            <p>The link works once, for seven days. If it has expired, ask {Html(invitedBy)} to send a new invitation.</p>
            """, user.DistrictId));
    }

    private static string Html(string text) => HtmlEncoder.Default.Encode(text);
}
