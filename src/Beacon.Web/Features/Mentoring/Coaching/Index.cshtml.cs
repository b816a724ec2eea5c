using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Mentoring.Coaching;

/// <summary>Hours of coaching at one school.</summary>
public sealed record SchoolHours(string School, int Teachers, int Minutes);

/// <summary>
/// Coaching: a coach's caseload across schools with each teacher's current cycle and hours by school; a principal's
/// view of the coaching at their schools (goals and stages, no notes); the coordinator's hours by school.
/// </summary>
[Authorize(Policy = Policies.StaffDirectory)]
public class IndexModel(CoachingQuery query, PairingAccess access, SchoolScope scope, CurrentUser currentUser) : PageModel
{
    public bool Coordinator => scope.SeesWholeDistrict;
    public bool Principal { get; private set; }
    public IReadOnlyList<CaseRow> Caseload { get; private set; } = [];
    public IReadOnlyList<SchoolHours> CaseloadHours { get; private set; } = [];
    public IReadOnlyList<CaseRow> AtMySchools { get; private set; } = [];
    public IReadOnlyList<SchoolHours> DistrictHours { get; private set; } = [];
    public ILookup<Guid, CycleRow> Cycles { get; private set; } = Array.Empty<CycleRow>().ToLookup(c => c.PairingId);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await access.MyStaffIdAsync(cancellationToken) is { } me)
        {
            Caseload = await query.RowsAsync(query.Pairings().Where(p => p.MentorId == me), cancellationToken);
            CaseloadHours = BySchool(Caseload);
        }
        Principal = currentUser.Principal?.IsInRole(Roles.SchoolLeader) == true;
        if (Principal)
        {
            var schools = await scope.MySchoolIdsAsync(cancellationToken);
            AtMySchools = await query.RowsAsync(query.Pairings().Where(p => schools.Contains(p.SchoolId)), cancellationToken);
        }
        if (Coordinator)
        {
            DistrictHours = BySchool(await query.RowsAsync(query.Pairings(), cancellationToken));
        }
        var shown = Caseload.Concat(AtMySchools).Select(c => c.Id).Distinct().ToList();
        Cycles = (await query.CyclesAsync(shown, cancellationToken)).ToLookup(c => c.PairingId);
    }

    /// <summary>The latest cycle of a pairing, the one the lists show.</summary>
    public CycleRow? Current(Guid pairingId) => Cycles[pairingId].LastOrDefault();

    private static List<SchoolHours> BySchool(IEnumerable<CaseRow> rows) =>
        [.. rows.GroupBy(r => (r.SchoolId, r.School)).Select(g => new SchoolHours(g.Key.School, g.Count(), g.Sum(r => r.Minutes)))
            .OrderBy(s => s.School, StringComparer.CurrentCulture)];
}
