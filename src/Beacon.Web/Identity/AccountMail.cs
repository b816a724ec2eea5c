using System.Text.Encodings.Web;
using Beacon.Web.Mail;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Identity;

/// <summary>The two mails that carry a set-password link: a password reset and an invitation.</summary>
public sealed class AccountMail(UserManager<BeaconUser> users, AccountLinks links, IMailSender mail)
{
    public async Task SendPasswordResetAsync(BeaconUser user, CancellationToken cancellationToken = default)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.ResetPassword(user.Id, token);
        await mail.SendAsync(user.Email!, user.DisplayName, "Reset your Beacon password", $"""
            <p>Hello {Html(user.DisplayName)},</p>
            <p>Someone, hopefully you, asked to reset the password of your Beacon account.</p>
            <p><a href="{Html(link)}">Choose a new password</a></p>
            <p>The link works once, for one day. If you did not ask for it, ignore this mail: your password stays as it is.</p>
            """, cancellationToken);
    }

    public async Task SendInvitationAsync(BeaconUser user, string districtName, string invitedBy, CancellationToken cancellationToken = default)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = links.AcceptInvitation(user.Id, token);
        await mail.SendAsync(user.Email!, user.DisplayName, $"You are invited to Beacon for {districtName}", $"""
            <p>Hello {Html(user.DisplayName)},</p>
            <p>{Html(invitedBy)} has given you access to Beacon for {Html(districtName)}.</p>
            <p><a href="{Html(link)}">Choose your password and sign in</a></p>
            <p>The link works once, for seven days. If it has expired, ask {Html(invitedBy)} to send a new invitation.</p>
            """, cancellationToken);
    }

    private static string Html(string text) => HtmlEncoder.Default.Encode(text);
}
