using Beacon.Web.Identity;

namespace Beacon.Web.Features.Learning;

/// <summary>
/// Who may do what in professional learning. The office (district administrators and leaders) runs
/// the catalog and approves last; a school leader approves their own schools' staff first; an
/// offering's facilitator runs its roster.
/// </summary>
public sealed class LearningAccess(CurrentUser currentUser, SchoolScope scope)
{
    public bool IsOffice => currentUser.Principal is { } user
        && (user.IsInRole(Roles.DistrictAdministrator) || user.IsInRole(Roles.DistrictLeader));

    public bool IsPrincipal => currentUser.Principal?.IsInRole(Roles.SchoolLeader) == true;

    public string? UserId => currentUser.Id;

    public bool RunsRoster(Offering offering) => IsOffice || (UserId is { } id && offering.FacilitatorUserId == id);

    public async Task<bool> MayApproveAsync(Registration registration, CancellationToken cancellationToken) => registration.AwaitingStep switch
    {
        ApprovalStep.Office => IsOffice,
        ApprovalStep.Principal => IsPrincipal && registration.SchoolId is { } school
            && (await scope.MySchoolIdsAsync(cancellationToken)).Contains(school) && registration.UserId != UserId,
        _ => false,
    };
}
