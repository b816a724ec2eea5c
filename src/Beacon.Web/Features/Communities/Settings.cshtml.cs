using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>The district's gradualism limit: how many techniques one teacher works on at once.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class SettingsModel(BeaconDbContext db, ActionPlans plans) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter how many techniques a teacher may work on at once.")]
    [Range(1, Gradualism.HighestLimit, ErrorMessage = "Choose between 1 and 10; teacher learning communities work best with two or three at a time.")]
    [Display(Name = "Most techniques in progress at once")]
    public int? MaxActiveTechniques { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync([FromQuery] bool saved, CancellationToken cancellationToken)
    {
        MaxActiveTechniques = await plans.LimitAsync(cancellationToken);
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var settings = await db.CommunitySettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new CommunitySettings();
            db.CommunitySettings.Add(settings);
        }
        settings.MaxActiveTechniques = MaxActiveTechniques!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { saved = true });
    }
}
