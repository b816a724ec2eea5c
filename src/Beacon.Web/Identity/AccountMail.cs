using System.Text.Encodings.Web;
using Beacon.Web.Mail;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Identity;

/// <summary>The two mails that carry a set-password link: a password reset and an invitation.</summary>
public sealed class AccountMail(UserManager<BeaconUser> users, AccountLinks links, IMailSender mail)
{
    /// <summary>
    /// Mails a reset link to <paramref name="user"/>; for no user (an address without an account) it
    /// makes the same token and message for a stand-in and sends nothing, so both take the same work.
    /// </summary>
    public async Task SendPasswordResetAsync(BeaconUser? user, CancellationToken cancellationToken = default)
    {
        var recipient = user ?? new BeaconUser { Id = Guid.Empty.ToString(), DisplayName = "", Email = "", SecurityStamp = Guid.NewGuid().ToString() };
        var token = await users.GeneratePasswordResetTokenAsync(recipient);
        var link = links.ResetPassword(recipient.Id, token);
        var body = ResetBody(recipient, link);
        if (user is null)
        {
            return;
        }
        await mail.SendAsync(user.Email!, user.DisplayName, "Reset your Beacon password", body, cancellationToken);
    }

    private static string ResetBody(BeaconUser user, string link) => $"""
            <p>Hello {Html(user.DisplayName)},</p>
            <p>Someone, hopefully you, asked to reset the password of your Beacon account.</p>
            <p><a href="{Html(link)}">Choose a new password</a></p>
            <p>The link works once, for one day. If you did not ask for it, ignore this mail: your password stays as it is.</p>
            """;

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

    public async Task SendAlreadyHeldAsync(BeaconUser invitee, string districtName, string invitedBy, CancellationToken cancellationToken = default)
    {
        // The same token work as a real invitation; the token itself goes nowhere.
        await users.GenerateUserTokenAsync(invitee, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        await mail.SendAsync(invitee.Email!, invitee.DisplayName, $"You are invited to Beacon for {districtName}", $"""
            <p>Hello {Html(invitee.DisplayName)},</p>
            <p>{Html(invitedBy)} tried to give you access to Beacon for {Html(districtName)}, but this address already has a Beacon account, and each address has one.</p>
            <p>If you need access there too, ask {Html(invitedBy)} to invite another address of yours. If you do not know why you got this mail, ignore it: nothing has changed.</p>
            """, cancellationToken);
    }

    private static string Html(string text) => HtmlEncoder.Default.Encode(text);
}
