using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>District leadership corrects a school's facts; the audit interceptor records who changed what.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class EditModel(BeaconDbContext db) : PageModel
{
    [BindProperty]
    public SchoolForm Form { get; set; } = new();

    public string SchoolName { get; private set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (school is null)
        {
            return NotFound();
        }
        SchoolName = school.Name;
        Form = SchoolForm.From(school);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (school is null)
        {
            return NotFound();
        }
        SchoolName = school.Name;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Form.ApplyTo(school);
        await db.SaveChangesAsync(cancellationToken);
        Notice = "The school’s details are saved. The change is recorded in the audit log.";
        return Redirect($"/Schools/{id}");
    }
}
