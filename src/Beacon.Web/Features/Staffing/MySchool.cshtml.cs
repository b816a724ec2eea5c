using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>Where a school leader starts: their school's staffing, or a choice when they lead several.</summary>
[Authorize(Policy = Policies.SchoolStaffing)]
public class MySchoolModel(BeaconDbContext db, SchoolScope scope) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Schools { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (scope.SeesRatings)
        {
            return RedirectToPage("Equity");
        }
        var mine = await scope.MySchoolIdsAsync(cancellationToken);
        var schools = await db.Schools.Where(s => mine.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        if (schools.Count == 1)
        {
            return RedirectToPage("School", new { id = schools[0].Id });
        }
        Schools = schools.Select(s => (s.Id, s.Name)).ToList();
        return Page();
    }
}
