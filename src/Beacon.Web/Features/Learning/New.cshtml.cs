using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Learning;

/// <summary>The office drafts an offering; sessions, credits and goals are added on its page, then it is published.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class NewModel(BeaconDbContext db, PeoplePicker people) : PageModel
{
    [BindProperty]
    public OfferingForm Form { get; set; } = new();

    public PeopleChoice Facilitators { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ShowAsync(search: false, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var facilitator = await people.FindAsync(Form.FacilitatorUserId, cancellationToken);
        if (!string.IsNullOrWhiteSpace(Form.FacilitatorUserId) && facilitator is null)
        {
            ModelState.AddModelError("Form.FacilitatorUserId", "Choose one of the people listed: this person is not in your district. Find them by name or email.");
        }
        if (!ModelState.IsValid)
        {
            await ShowAsync(search: false, cancellationToken);
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
            FacilitatorName = facilitator?.Name,
        };
        db.Offerings.Add(offering);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Offerings/Details", new { id = offering.Id });
    }

    /// <summary>The people picker's "Find people": the form again, as typed, with whoever matches the search to choose from.</summary>
    public async Task<IActionResult> OnPostFindPeopleAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await ShowAsync(search: true, cancellationToken);
        return Page();
    }

    private async Task ShowAsync(bool search, CancellationToken cancellationToken) =>
        Facilitators = new PeopleChoice("Form.FacilitatorUserId", "Form.FacilitatorSearch", "Facilitator (runs the roster and check-in)",
            Form.FacilitatorSearch, Form.FacilitatorUserId, await people.ChoicesAsync(Form.FacilitatorUserId, search ? Form.FacilitatorSearch : null, cancellationToken))
        { Searched = search && (Form.FacilitatorSearch?.Trim().Length ?? 0) >= PeoplePicker.ShortestSearch };
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

    /// <summary>The facilitator's account, chosen in the people picker; empty for nobody yet.</summary>
    public string? FacilitatorUserId { get; set; }

    /// <summary>What was typed into the people picker's search (only searched, never saved).</summary>
    [StringLength(Limits.Name)]
    public string? FacilitatorSearch { get; set; }
}
