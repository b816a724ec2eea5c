using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Research;

/// <summary>A staff member proposes a project and becomes its first author; colleagues are added on the project's page.</summary>
[Authorize(Policy = Policies.StaffDirectory)]
public class NewModel(BeaconDbContext db, ResearchAccess access) : PageModel
{
    [BindProperty]
    public ResearchForm Form { get; set; } = new();

    /// <summary>Only someone in the staff roster can author: the account must be linked to a staff record.</summary>
    public bool IsStaff { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        IsStaff = await access.MyStaffIdAsync(cancellationToken) is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await access.MyStaffIdAsync(cancellationToken) is not { } me)
        {
            return NotFound();
        }
        IsStaff = true;
        if (Form.GradeBand is { } band && !Enum.IsDefined(band))
        {
            ModelState.AddModelError("Form.GradeBand", "Choose a grade band from the list.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var project = new ResearchProject { Id = Guid.CreateVersion7(), Title = "", Question = "" };
        Form.ApplyTo(project);
        var school = await db.StaffAssignments.Where(a => a.StaffMemberId == me).OrderBy(a => a.SchoolId).Select(a => (Guid?)a.SchoolId).FirstOrDefaultAsync(cancellationToken);
        project.Members.Add(new ResearchMember { StaffMemberId = me, Role = ResearchRole.Author, SchoolId = school });
        db.ResearchProjects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = project.Id });
    }
}
