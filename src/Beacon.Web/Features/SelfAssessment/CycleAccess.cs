using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>A cycle as the signed-in person may see it, with what they may do in it.</summary>
public sealed record CycleView(
    Guid Id, string Name, Guid FrameworkId, string FrameworkName, Guid VersionId, int VersionNumber,
    Guid? SchoolId, string? SchoolName, CycleStatus Status, DateTimeOffset OpenedAt, string OpenedBy,
    DateTimeOffset? ClosedAt, string? ClosedBy, bool IsMember, bool CanManage)
{
    public bool IsClosed => Status == CycleStatus.Closed;

    /// <summary>Members and the cycle's leaders record consensus, evidence and priorities while the cycle is open.</summary>
    public bool CanContribute => !IsClosed && (IsMember || CanManage);

    /// <summary>Only members rate: a leader who wants a say joins the team.</summary>
    public bool CanRate => !IsClosed && IsMember;

    public string ScopeName => SchoolName ?? "The district";
}

/// <summary>
/// Who may see and run a cycle. A cycle is visible to its team and to its leaders: district
/// administrators and leaders for every cycle, a school leader for their own schools' cycles.
/// To everyone else it does not exist (the pages answer 404, as for another district's record).
/// </summary>
public sealed class CycleAccess(BeaconDbContext db, CurrentUser currentUser, SchoolScope schoolScope)
{
    public bool CanOpenCycles => schoolScope.SeesWholeDistrict || currentUser.Principal?.IsInRole(Roles.SchoolLeader) == true;

    public async Task<CycleView?> FindAsync(Guid cycleId, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.Id;
        var cycle = await db.AssessmentCycles
            .Where(c => c.Id == cycleId)
            .Select(c => new CycleView(
                c.Id, c.Name, c.FrameworkId, c.Framework!.Name, c.FrameworkVersionId, c.FrameworkVersion!.Number,
                c.SchoolId, c.School!.Name, c.Status, c.OpenedAt, c.OpenedBy, c.ClosedAt, c.ClosedBy,
                c.Members.Any(m => m.UserId == userId), false))
            .FirstOrDefaultAsync(cancellationToken);
        if (cycle is null)
        {
            return null;
        }
        var canManage = await CanManageAsync(cycle.SchoolId, cancellationToken);
        return cycle.IsMember || canManage ? cycle with { CanManage = canManage } : null;
    }

    /// <summary>Whether the signed-in person leads self-assessment for the district (null) or this school.</summary>
    public async Task<bool> CanManageAsync(Guid? schoolId, CancellationToken cancellationToken = default) =>
        schoolScope.SeesWholeDistrict
        || (schoolId is { } id
            && currentUser.Principal?.IsInRole(Roles.SchoolLeader) == true
            && (await schoolScope.MySchoolIdsAsync(cancellationToken)).Contains(id));

    public Task<IReadOnlyList<Guid>> MySchoolIdsAsync(CancellationToken cancellationToken = default) =>
        schoolScope.MySchoolIdsAsync(cancellationToken);

    public bool SeesWholeDistrict => schoolScope.SeesWholeDistrict;
}
