using Beacon.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Identity;

public sealed record Invitee(string Email, string DisplayName, string Role, Guid? StaffMemberId = null);

/// <summary>
/// Creates the account of an invited person: in the given district, with one role and no password.
/// The person sets the password from the invitation mail (<see cref="AccountMail.QueueInvitationAsync"/>).
/// </summary>
public sealed class Invitations(BeaconDbContext db, UserManager<BeaconUser> users, AccountMail mail)
{
    /// <summary>The refusal when the address has an account in another district, which only a system administrator may be told.</summary>
    public const string HeldByAnotherDistrictCode = "DuplicateEmailInAnotherDistrict";

    public static bool HeldByAnotherDistrict(IdentityResult result) => result.Errors.Any(e => e.Code == HeldByAnotherDistrictCode);

    public async Task<(IdentityResult Result, BeaconUser User)> CreateAccountAsync(Invitee invitee, Guid districtId)
    {
        if (!Roles.DistrictRoles.Contains(invitee.Role))
        {
            throw new ArgumentException($"{invitee.Role} is not a district role.", nameof(invitee));
        }
        var email = invitee.Email.Trim();
        var user = new BeaconUser
        {
            UserName = email,
            Email = email,
            DisplayName = invitee.DisplayName.Trim(),
            DistrictId = districtId,
            StaffMemberId = invitee.StaffMemberId,
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // The email belongs to an account of another district, which this district's filter
            // hides from Identity's own duplicate check; the database's unique index still catches it.
            // The refused account (and its audit entry) must not be saved by a later save of this request.
            db.ChangeTracker.Clear();
            var duplicate = users.ErrorDescriber.DuplicateEmail(email);
            return (IdentityResult.Failed(new IdentityError { Code = HeldByAnotherDistrictCode, Description = duplicate.Description }), user);
        }
        if (!created.Succeeded)
        {
            return (created, user);
        }
        return (await users.AddToRoleAsync(user, invitee.Role), user);
    }

    /// <summary>
    /// Queues a mail telling the owner of an account elsewhere that <paramref name="districtName"/> tried to invite them,
    /// the same work as an invitation, so the inviting district learns nothing from the answer.
    /// </summary>
    public Task QueueAlreadyHeldAsync(BeaconUser invitee, string districtName, string invitedBy) =>
        mail.QueueAlreadyHeldAsync(invitee, districtName, invitedBy);

    /// <summary>Queues the invitation mail; the caller's next SaveChanges writes it, in the transaction that made the account.</summary>
    public Task QueueAsync(BeaconUser user, string districtName, string invitedBy) =>
        mail.QueueInvitationAsync(user, districtName, invitedBy);
}
