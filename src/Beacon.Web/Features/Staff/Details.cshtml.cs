using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staff;

/// <summary>
/// One staff member and the schools they are assigned to. Another district's staff member is not
/// found. Contact and HR fields follow the directory's rules (see <see cref="IndexModel"/>).
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Beacon.Web.Identity.Policies.StaffDirectory)]
public class DetailsModel(BeaconDbContext db, Beacon.Web.Identity.SchoolScope scope) : PageModel
{
    /// <summary>Effectiveness ratings are for district leadership and human resources only.</summary>
    public bool SeesRatings => scope.SeesRatings;

    /// <summary>Email, staff number, experience, certification and FTE: for those who keep the roster or staff the schools.</summary>
    public bool SeesRecords => scope.SeesStaffRecords;

    public StaffMember Member { get; private set; } = null!;
    public IReadOnlyList<AssignmentLine> Assignments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var member = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }
        Member = member;
        Assignments = await db.StaffAssignments.AsNoTracking()
            .Where(a => a.StaffMemberId == id)
            .OrderBy(a => a.School!.Name)
            .Select(a => new AssignmentLine(a.SchoolId, a.School!.Name, a.Fte))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record AssignmentLine(Guid SchoolId, string SchoolName, double Fte);
}
