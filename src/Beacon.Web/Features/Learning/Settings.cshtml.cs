using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>The district's credit types, its approval chain and when sessions are reminded.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class SettingsModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<CreditType> CreditTypes { get; private set; } = [];

    [BindProperty]
    public bool PrincipalApproves { get; set; }

    [BindProperty]
    public OfficeApproval OfficeApproves { get; set; }

    [BindProperty]
    [Display(Name = "Remind enrolled people this many hours before each session")]
    public int? ReminderHours { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Name the credit type, e.g. \"Salary-lane credit\".")]
    [StringLength(Limits.ShortName, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Credit type")]
    public string? CreditName { get; set; }

    [BindProperty]
    public bool RequiresFullAttendance { get; set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Message = done;
        var settings = await db.LearningSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? LearningSettings.Defaults();
        (PrincipalApproves, OfficeApproves, ReminderHours) = (settings.PrincipalApproves, settings.OfficeApproves, settings.ReminderHours ?? ReminderRule.DefaultHours);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostChainAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(OfficeApproves))
        {
            return BadRequest();
        }
        if (ReminderHours is < ReminderRule.MinHours or > ReminderRule.MaxHours)
        {
            // Only this form's field is shown in error: the credit type form's fields were not posted.
            ModelState.Clear();
            ModelState.AddModelError(nameof(ReminderHours), "Enter from 1 to 168 hours (a week).");
            await LoadAsync(cancellationToken);
            return Page();
        }
        var settings = await db.LearningSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = LearningSettings.Defaults();
            db.LearningSettings.Add(settings);
        }
        (settings.PrincipalApproves, settings.OfficeApproves, settings.ReminderHours) = (PrincipalApproves, OfficeApproves, ReminderHours);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { done = "Approval chain and reminders saved." });
    }

    public async Task<IActionResult> OnPostCreditTypeAsync(CancellationToken cancellationToken)
    {
        var name = CreditName?.Trim();
        if (name is not null && await db.CreditTypes.AnyAsync(t => t.Name == name, cancellationToken))
        {
            ModelState.AddModelError(nameof(CreditName), "The district already has a credit type of that name.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        db.CreditTypes.Add(new CreditType { Name = name!, RequiresFullAttendance = RequiresFullAttendance });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { done = $"{name} added." });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        CreditTypes = await db.CreditTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
}
