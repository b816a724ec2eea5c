using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring;

public enum PairingView
{
    /// <summary>Not this person's business: the page answers 404.</summary>
    None = 0,

    /// <summary>The coordinator and the mentee's principal: dates, minutes, focus and milestones, never the notes.</summary>
    HoursOnly,

    /// <summary>The mentor and the mentee: everything, notes included, and they log sessions.</summary>
    Pair,
}

/// <summary>Who sees what of a pairing. Notes are private to the pair; that rule lives here and nowhere else.</summary>
public sealed class PairingAccess(BeaconDbContext db, CurrentUser currentUser, SchoolScope scope)
{
    public async Task<Guid?> MyStaffIdAsync(CancellationToken cancellationToken) =>
        currentUser.Id is { } userId
            ? await db.Users.Where(u => u.Id == userId).Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken)
            : null;

    public async Task<PairingView> ViewOfAsync(Pairing pairing, CancellationToken cancellationToken)
    {
        if (await MyStaffIdAsync(cancellationToken) is { } me && (me == pairing.MenteeId || me == pairing.MentorId))
        {
            return PairingView.Pair;
        }
        if (scope.SeesWholeDistrict)
        {
            return PairingView.HoursOnly;
        }
        var principal = currentUser.Principal?.IsInRole(Roles.SchoolLeader) == true;
        return principal && (await scope.MySchoolIdsAsync(cancellationToken)).Contains(pairing.SchoolId) ? PairingView.HoursOnly : PairingView.None;
    }
}
