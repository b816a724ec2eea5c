using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>
/// Who may do what in learning communities. Everyone in the district sees communities, rosters and
/// meeting notes; leadership, a community's facilitators and its school's leaders manage it; only
/// facilitators run the check-in round; a personal action plan is seen by its teacher and the
/// community's facilitators, and by nobody else (not even district leaders, who see aggregates).
/// </summary>
public sealed class CommunityAccess(BeaconDbContext db, CurrentUser currentUser, SchoolScope schools)
{
    public string? UserId => currentUser.Id;

    public bool IsLeadership => schools.SeesWholeDistrict;

    public bool IsAdministrator => currentUser.Principal?.IsInRole(Roles.DistrictAdministrator) == true;

    public bool CanCreate => IsLeadership || InRole(Roles.SchoolLeader) || InRole(Roles.Coach);

    public string ActorName =>
        currentUser.Principal?.FindFirst(BeaconClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? currentUser.Name;

    public static IActionResult Refuse() => new StatusCodeResult(StatusCodes.Status403Forbidden);

    public Task<bool> IsFacilitatorAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        UserId is { } me
            ? db.CommunityMembers.AnyAsync(m => m.CommunityId == communityId && m.UserId == me && m.Role == MemberRole.Facilitator, cancellationToken)
            : Task.FromResult(false);

    public async Task<bool> CanManageAsync(Guid communityId, Guid? schoolId, CancellationToken cancellationToken = default) =>
        IsLeadership
        || await IsFacilitatorAsync(communityId, cancellationToken)
        || (schoolId is { } school && InRole(Roles.SchoolLeader) && (await schools.MySchoolIdsAsync(cancellationToken)).Contains(school));

    /// <summary>The member whose plan this is, when the current person may see it: the teacher themself or a facilitator of their community.</summary>
    public async Task<CommunityMember?> PlanOwnerAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var member = await db.CommunityMembers.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null || UserId is null)
        {
            return null;
        }
        return member.UserId == UserId || await IsFacilitatorAsync(member.CommunityId, cancellationToken) ? member : null;
    }

    private bool InRole(string role) => currentUser.Principal?.IsInRole(role) == true;
}
