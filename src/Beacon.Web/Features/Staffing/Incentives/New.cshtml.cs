using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Staffing.Incentives;

[Authorize(Policy = Policies.DistrictLeadership)]
public class NewModel(BeaconDbContext db) : PageModel
{
    [BindProperty]
    public IncentiveForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Form.Kind == IncentiveKind.HighlyEffectiveInHighPoverty && Form.MinimumPovertyPercent is null)
        {
            ModelState.AddModelError("Form.MinimumPovertyPercent", "Enter the poverty share a school must reach, e.g. 75.");
        }
        if (Form.Kind == IncentiveKind.HardToStaffSubjectInTopQuartile && string.IsNullOrWhiteSpace(Form.Subject))
        {
            ModelState.AddModelError("Form.Subject", "Enter the hard-to-staff subject, e.g. Mathematics.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var rule = new IncentiveRule
        {
            Name = Form.Name.Trim(),
            Kind = Form.Kind,
            MinimumPovertyPercent = Form.Kind == IncentiveKind.HighlyEffectiveInHighPoverty ? Form.MinimumPovertyPercent : null,
            Subject = Form.Kind == IncentiveKind.HardToStaffSubjectInTopQuartile ? Form.Subject?.Trim() : null,
            AmountPerYear = Form.AmountPerYear!.Value,
        };
        db.IncentiveRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = rule.Id });
    }
}

public class IncentiveForm
{
    [Required(ErrorMessage = "Give the rule a name, e.g. \"High-poverty retention bonus\".")]
    [StringLength(Limits.ShortName, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Who is eligible")]
    public IncentiveKind Kind { get; set; }

    [Range(0, 100, ErrorMessage = "Enter a poverty share between 0 and 100.")]
    [Display(Name = "School poverty share at least (%)")]
    public double? MinimumPovertyPercent { get; set; }

    [StringLength(Limits.ShortName, ErrorMessage = "Keep the subject under {1:N0} characters.")]
    [Display(Name = "Hard-to-staff subject")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "Enter the yearly amount a teacher earns.")]
    [Range(1, 1_000_000, ErrorMessage = "Enter a yearly amount between 1 and 1,000,000.")]
    [Display(Name = "Yearly amount")]
    public decimal? AmountPerYear { get; set; }
}
