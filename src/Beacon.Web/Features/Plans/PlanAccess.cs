using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Features.Plans;

/// <summary>
/// Who may change which plan: district leadership every plan of the district, a school leader the
/// plans of the schools they work in. Everyone else in the district (trustees included) reads.
/// </summary>
public sealed class PlanAccess(SchoolScope schools, CurrentUser currentUser)
{
    public bool IsLeadership => schools.SeesWholeDistrict;

    public bool IsSchoolLeader => currentUser.Principal?.IsInRole(Roles.SchoolLeader) == true;

    /// <summary>The name that goes on a sign-off or a review: the person's display name.</summary>
    public string ActorName =>
        currentUser.Principal?.FindFirst(BeaconClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? currentUser.Name;

    public string? ActorId => currentUser.Id;

    /// <summary>A real 403 (not a redirect to the sign-in page): the person is signed in, the change is simply not theirs to make.</summary>
    public static IActionResult Refuse() => new StatusCodeResult(StatusCodes.Status403Forbidden);

    public async Task<bool> CanEditAsync(Guid? schoolId, CancellationToken cancellationToken = default) =>
        IsLeadership
        || (schoolId is { } school && IsSchoolLeader && (await schools.MySchoolIdsAsync(cancellationToken)).Contains(school));

    /// <summary>The schools whose plans the current person may write; every school for leadership.</summary>
    public async Task<IReadOnlyList<Guid>?> SchoolsLimitAsync(CancellationToken cancellationToken = default) =>
        IsLeadership ? null : IsSchoolLeader ? await schools.MySchoolIdsAsync(cancellationToken) : [];
}
