using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Identity;

/// <summary>
/// The schools a signed-in person works in, from their staff record's assignments. Features that
/// limit school leaders and teachers to their own schools ask here, so the rule lives in one place.
/// </summary>
public sealed class SchoolScope(BeaconDbContext db, CurrentUser currentUser)
{
    private IReadOnlyList<Guid>? _schoolIds;

    /// <summary>District administrators and leaders see every school of their district.</summary>
    public bool SeesWholeDistrict =>
        currentUser.Principal is { } user
        && (user.IsInRole(Roles.DistrictAdministrator) || user.IsInRole(Roles.DistrictLeader));

    /// <summary>District administrators, leaders and human resources see effectiveness ratings.</summary>
    public bool SeesRatings => currentUser.Principal is { } user && Roles.RatingReaders.Any(user.IsInRole);

    /// <summary>District administrators, leaders and human resources see staff members' contact and HR fields.</summary>
    public bool SeesStaffRecords => currentUser.Principal is { } user && Roles.StaffRecordReaders.Any(user.IsInRole);

    public async Task<IReadOnlyList<Guid>> MySchoolIdsAsync(CancellationToken cancellationToken = default)
    {
        if (_schoolIds is not null)
        {
            return _schoolIds;
        }
        var userId = currentUser.Id;
        _schoolIds = userId is null
            ? []
            : await db.Users
                .Where(u => u.Id == userId && u.StaffMemberId != null)
                .SelectMany(u => db.StaffAssignments.Where(a => a.StaffMemberId == u.StaffMemberId).Select(a => a.SchoolId))
                .Distinct()
                .ToListAsync(cancellationToken);
        return _schoolIds;
    }

    public async Task<bool> CanSeeSchoolAsync(Guid schoolId, CancellationToken cancellationToken = default) =>
        SeesWholeDistrict || (await MySchoolIdsAsync(cancellationToken)).Contains(schoolId);
}
