using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Tiers;

/// <summary>The district's menu of support, tier by tier, and a form to add a tier.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class IndexModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<SupportTier> Tiers { get; private set; } = [];

    [BindProperty]
    public TierForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var tier = new SupportTier { Level = Form.Level!.Value, Name = Form.Name.Trim(), Description = Form.Description?.Trim() };
        db.SupportTiers.Add(tier);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = tier.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tiers = await db.SupportTiers.AsNoTracking().Include(t => t.Supports).OrderBy(t => t.Level).ThenBy(t => t.Name).ToListAsync(cancellationToken);
}

public class TierForm
{
    [Required(ErrorMessage = "Enter the tier's level, e.g. 1 for the lightest support.")]
    [Range(1, 9, ErrorMessage = "Enter a level from 1 to 9.")]
    [Display(Name = "Level")]
    public int? Level { get; set; }

    [Required(ErrorMessage = "Name the tier, e.g. \"Tier 2 — targeted support\".")]
    [StringLength(Limits.ShortName, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Tier name")]
    public string Name { get; set; } = "";

    [StringLength(Limits.Text, ErrorMessage = "Keep the description under {1:N0} characters.")]
    [Display(Name = "Who the tier is for")]
    public string? Description { get; set; }
}
