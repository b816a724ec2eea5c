using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>The district's rules for plans: how many goals one plan may have, and how soon an overdue action is escalated.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class SettingsModel(BeaconDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter how many goals one plan may have.")]
    [Range(1, GoalLimit.Highest, ErrorMessage = "Choose between 1 and 10 goals; seed research advises a small number, such as 3.")]
    [Display(Name = "Most goals in one plan")]
    public int? MaxGoalsPerPlan { get; set; }

    [BindProperty]
    [Range(Reminders.ReminderCascade.MinEscalationDays, Reminders.ReminderCascade.MaxEscalationDays, ErrorMessage = "Choose between {1} and {2} days.")]
    [Display(Name = "Days before an overdue action is escalated")]
    public int? ReminderEscalationDays { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync([FromQuery] bool saved, CancellationToken cancellationToken)
    {
        var district = await db.Districts.Select(d => new { d.MaxGoalsPerPlan, d.ReminderEscalationDays }).FirstAsync(cancellationToken);
        MaxGoalsPerPlan = GoalLimit.Effective(district.MaxGoalsPerPlan);
        ReminderEscalationDays = Reminders.ReminderCascade.Effective(district.ReminderEscalationDays);
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
        // Left empty, the escalation keeps what it was.
        district.ReminderEscalationDays = ReminderEscalationDays ?? district.ReminderEscalationDays;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { saved = true });
    }
}
