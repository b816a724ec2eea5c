using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Tiers;

/// <summary>One tier's supports, and a form to add a support to it.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class DetailsModel(BeaconDbContext db) : PageModel
{
    public SupportTier Tier { get; private set; } = null!;

    [BindProperty]
    public SupportForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.TierSupports.Add(new TierSupport
        {
            TierId = Tier.Id,
            Kind = Form.Kind,
            Description = Form.Description.Trim(),
            Quantity = Form.Quantity!.Value,
            UnitCost = Form.UnitCost!.Value,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var tier = await db.SupportTiers.AsNoTracking().Include(t => t.Supports).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        Tier = tier!;
        return tier is not null;
    }
}

public class SupportForm
{
    [Display(Name = "Kind of support")]
    public SupportKind Kind { get; set; }

    [Required(ErrorMessage = "Describe the support, e.g. \"Literacy coach\".")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the description under {1:N0} characters.")]
    [Display(Name = "Description")]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "Enter how many, e.g. 20 coach days or 1 position.")]
    [Range(0.01, 100_000, ErrorMessage = "Enter a quantity between 0.01 and 100,000.")]
    [Display(Name = "Quantity")]
    public decimal? Quantity { get; set; }

    [Required(ErrorMessage = "Enter the cost of one unit, e.g. 450 for a coach day.")]
    [Range(0, 10_000_000, ErrorMessage = "Enter a unit cost between 0 and 10,000,000.")]
    [Display(Name = "Cost of one unit")]
    public decimal? UnitCost { get; set; }
}
