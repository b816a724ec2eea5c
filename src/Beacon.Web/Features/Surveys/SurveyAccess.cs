using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Who sees which results. District leaders and administrators: every release, every school.
/// School leaders (and coaches, when the district says so): every release of their own schools.
/// Everyone in the district: the district's results of the release made when the survey closed,
/// so staff see their voice used. Every view goes through the same suppression.
/// </summary>
public sealed class SurveyAccess(BeaconDbContext db, SchoolScope scope, CurrentUser currentUser)
{
    public bool SeesEverything => scope.SeesWholeDistrict;

    public async Task<bool> SeesSchoolAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        if (SeesEverything)
        {
            return true;
        }
        if (currentUser.Principal is not { } user)
        {
            return false;
        }
        var seesSchools = user.IsInRole(Roles.SchoolLeader)
            || (user.IsInRole(Roles.Coach) && await db.Districts.Select(d => d.CoachesSeeSchoolSurveyResults).FirstAsync(cancellationToken));
        return seesSchools && (await scope.MySchoolIdsAsync(cancellationToken)).Contains(schoolId);
    }

    /// <summary>Of the given schools, those whose results the signed-in person sees.</summary>
    public async Task<IReadOnlyList<Guid>> SchoolsSeenAsync(IEnumerable<Guid> schoolIds, CancellationToken cancellationToken)
    {
        var seen = new List<Guid>();
        foreach (var id in schoolIds)
        {
            if (await SeesSchoolAsync(id, cancellationToken))
            {
                seen.Add(id);
            }
        }
        return seen;
    }
}
