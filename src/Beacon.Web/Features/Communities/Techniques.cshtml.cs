using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Communities;

/// <summary>The technique library: the formative-assessment techniques Beacon ships and the district's own additions.</summary>
public class TechniquesModel(BeaconDbContext db, ActionPlans plans, CommunityAccess access) : PageModel
{
    public IReadOnlyList<Technique> Library { get; private set; } = [];
    public bool CanAdd => access.CanCreate;

    [BindProperty]
    [Required(ErrorMessage = "Enter the technique's name.")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Describe the technique in a sentence or two, so a teacher can try it.")]
    [StringLength(Limits.Text, ErrorMessage = "Keep the description under {1:N0} characters.")]
    [Display(Name = "What teachers do")]
    public string? Description { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Library = await plans.LibraryAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanAdd)
        {
            return CommunityAccess.Refuse();
        }
        Library = await plans.LibraryAsync(cancellationToken);
        if (Name is { } name && Library.Any(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(Name), "The library already has a technique of this name. Choose another name.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.DistrictTechniques.Add(new DistrictTechnique { Name = Name!.Trim(), Description = Description!.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }
}
