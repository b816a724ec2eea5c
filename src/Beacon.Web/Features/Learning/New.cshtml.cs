using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>The office drafts an offering; sessions, credits and goals are added on its page, then it is published.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class NewModel(BeaconDbContext db) : PageModel
{
    [BindProperty]
    public OfferingForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var facilitator = string.IsNullOrWhiteSpace(Form.FacilitatorEmail) ? null
            : await db.Users.Where(u => u.Email == Form.FacilitatorEmail.Trim()).Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Form.FacilitatorEmail) && facilitator is null)
        {
            ModelState.AddModelError("Form.FacilitatorEmail", "No one in the district signs in with that email.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var offering = new Offering
        {
            Id = Guid.CreateVersion7(),
            Title = Form.Title.Trim(),
            Description = Form.Description?.Trim(),
            Kind = Form.Kind,
            Audience = Form.Audience?.Trim(),
            Cost = Form.Cost ?? 0,
            OffSite = Form.OffSite,
            FacilitatorUserId = facilitator?.Id,
            FacilitatorName = facilitator?.DisplayName,
        };
        db.Offerings.Add(offering);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Offerings/Details", new { id = offering.Id });
    }
}

public class OfferingForm
{
    [Required(ErrorMessage = "Give the offering a title.")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the title under {1:N0} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(Limits.LongText, ErrorMessage = "Keep the description under {1:N0} characters.")]
    [Display(Name = "What participants will learn")]
    public string? Description { get; set; }

    [Display(Name = "Kind")]
    public OfferingKind Kind { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "Keep the audience under {1:N0} characters.")]
    [Display(Name = "Who it is for")]
    public string? Audience { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Enter a cost from 0 to 1,000,000.")]
    [Display(Name = "Cost per place")]
    public decimal? Cost { get; set; }

    [Display(Name = "Held away from participants' schools")]
    public bool OffSite { get; set; }

    [EmailAddress(ErrorMessage = "Enter the facilitator's email address.")]
    [StringLength(Limits.Email)]
    [Display(Name = "Facilitator's email")]
    public string? FacilitatorEmail { get; set; }
}
