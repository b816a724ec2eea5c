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
    /// <summary>
    /// Queues a reset link for <paramref name="user"/>; for no user (an address without an account) it
    /// makes the same token and message for a stand-in and queues nothing, so both take the same work.
    /// </summary>
    public async Task QueuePasswordResetAsync(BeaconUser? user)
    {
        var recipient = user ?? new BeaconUser { Id = Guid.Empty.ToString(), DisplayName = "", Email = "", SecurityStamp = Guid.NewGuid().ToString() };
        var token = await users.GeneratePasswordResetTokenAsync(recipient);
        var link = links.ResetPassword(recipient.Id, token);
        var body = ResetBody(recipient, link);
        if (user is null)
        {
            return;
        }
        outbox.Enqueue(new OutgoingMail(user.Email!, user.DisplayName, "Reset your Beacon password", body, user.DistrictId));
    }

    private static string ResetBody(BeaconUser user, string link) => $"""
            <p>Hello {Html(user.DisplayName)},</p>
            <p>Someone, hopefully you, asked to reset the password of your Beacon account.</p>
            <p><a href="{Html(link)}">Choose a new password</a></p>
            <p>The link works once, for one day. If you did not ask for it, ignore this mail: your password stays as it is.</p>
            """;

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

    public async Task QueueAlreadyHeldAsync(BeaconUser invitee, string districtName, string invitedBy)
    {
        // The same token work as a real invitation; the token itself goes nowhere.
        await users.GenerateUserTokenAsync(invitee, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        outbox.Enqueue(new OutgoingMail(invitee.Email!, invitee.DisplayName, $"You are invited to Beacon for {districtName}", $"""
            <p>Hello {Html(invitee.DisplayName)},</p>
            <p>{Html(invitedBy)} tried to give you access to Beacon for {Html(districtName)}, but this address already has a Beacon account, and each address has one.</p>
            <p>If you need access there too, ask {Html(invitedBy)} to invite another address of yours. If you do not know why you got this mail, ignore it: nothing has changed.</p>
            """, invitee.DistrictId));
    }

    private static string Html(string text) => HtmlEncoder.Default.Encode(text);
}
