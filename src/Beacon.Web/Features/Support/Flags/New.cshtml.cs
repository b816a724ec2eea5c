using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Flags;

/// <summary>A leader flags a school on professional judgment, saying why.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class NewModel(BeaconDbContext db, CurrentUser currentUser, TimeProvider clock, SchoolChoiceQuery schoolChoices) : PageModel
{
    [BindProperty]
    public JudgmentForm Form { get; set; } = new();

    public IReadOnlyList<SchoolChoice> Schools { get; private set; } = [];

    public async Task OnGetAsync(Guid? school, CancellationToken cancellationToken)
    {
        Schools = await schoolChoices.ListAsync(cancellationToken);
        if (school is { } id && Schools.Any(s => s.Id == id))
        {
            Form.SchoolId = id;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Schools = await schoolChoices.ListAsync(cancellationToken);
        if (Form.SchoolId is { } chosen && Schools.All(s => s.Id != chosen))
        {
            ModelState.AddModelError("Form.SchoolId", "Choose a school from the list.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var year = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Select(y => y.Name).FirstOrDefaultAsync(cancellationToken);
        var flag = FlagRaiser.NewFlag(Form.SchoolId!.Value, FlagOrigin.Judgment, null, year, Form.Reason.Trim(), currentUser.Name, clock.GetUtcNow());
        db.SchoolFlags.Add(flag);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = flag.Id });
    }
}

public class JudgmentForm
{
    [Required(ErrorMessage = "Choose the school you are flagging.")]
    [Display(Name = "School")]
    public Guid? SchoolId { get; set; }

    [Required(ErrorMessage = "Say why you are flagging the school, e.g. what you saw on a visit.")]
    [StringLength(Limits.Text, ErrorMessage = "Keep the reason under {1:N0} characters.")]
    [Display(Name = "Reason")]
    public string Reason { get; set; } = "";
}
