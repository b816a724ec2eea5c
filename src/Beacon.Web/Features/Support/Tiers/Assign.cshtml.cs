using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Tiers;

/// <summary>Assigns a tier to a school, recording the tier's supports and their cost as they stand today.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class AssignModel(BeaconDbContext db, SchoolChoiceQuery schoolChoices) : PageModel
{
    [BindProperty]
    public AssignForm Form { get; set; } = new();

    public IReadOnlyList<SchoolChoice> Schools { get; private set; } = [];
    public IReadOnlyList<SupportTier> Tiers { get; private set; } = [];

    public async Task OnGetAsync(Guid? school, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (school is { } id && Schools.Any(s => s.Id == id))
        {
            Form.SchoolId = id;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Form.SchoolId is { } schoolId && Schools.All(s => s.Id != schoolId))
        {
            ModelState.AddModelError("Form.SchoolId", "Choose a school from the list.");
        }
        var tier = Tiers.FirstOrDefault(t => t.Id == Form.TierId);
        if (Form.TierId is not null && tier is null)
        {
            ModelState.AddModelError("Form.TierId", "Choose a tier from the menu.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.TierAssignments.Add(new TierAssignment
        {
            SchoolId = Form.SchoolId!.Value,
            TierId = tier!.Id,
            TierName = tier.Name,
            Supports = TierCost.Describe(tier.Supports),
            TotalCost = TierCost.Total(tier.Supports),
            Note = string.IsNullOrWhiteSpace(Form.Note) ? null : Form.Note.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Support/School/{Form.SchoolId}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Schools = await schoolChoices.ListAsync(cancellationToken);
        Tiers = await db.SupportTiers.AsNoTracking().Include(t => t.Supports).OrderBy(t => t.Level).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }
}

public class AssignForm
{
    [Required(ErrorMessage = "Choose the school that receives the support.")]
    [Display(Name = "School")]
    public Guid? SchoolId { get; set; }

    [Required(ErrorMessage = "Choose a tier. If the menu is empty, add a tier first.")]
    [Display(Name = "Tier of support")]
    public Guid? TierId { get; set; }

    [StringLength(Limits.Text, ErrorMessage = "Keep the note under {1:N0} characters.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }
}
