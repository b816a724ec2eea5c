using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>The district's rules for plans: how many goals one plan may have.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class SettingsModel(BeaconDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter how many goals one plan may have.")]
    [Range(1, GoalLimit.Highest, ErrorMessage = "Choose between 1 and 10 goals; seed research advises a small number, such as 3.")]
    [Display(Name = "Most goals in one plan")]
    public int? MaxGoalsPerPlan { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync([FromQuery] bool saved, CancellationToken cancellationToken)
    {
        MaxGoalsPerPlan = GoalLimit.Effective(await db.Districts.Select(d => d.MaxGoalsPerPlan).FirstAsync(cancellationToken));
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var district = await db.Districts.FirstAsync(cancellationToken);
        district.MaxGoalsPerPlan = MaxGoalsPerPlan!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { saved = true });
    }
}
