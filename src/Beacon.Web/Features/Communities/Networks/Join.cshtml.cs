using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities.Networks;

/// <summary>A district administrator joins another district's network with the code its owners gave them.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class JoinModel(BeaconDbContext db, NetworkReader networks, Tenancy.CurrentDistrict district) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the join code the network's district gave you.")]
    [Display(Name = "Join code")]
    public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var network = await networks.FindByJoinCodeAsync(Code!, cancellationToken);
        if (network is not { } found)
        {
            ModelState.AddModelError(nameof(Code), "No network has this code. Check it with the district that runs the network; a new code replaces the old one.");
            return Page();
        }
        if (found.OwnerDistrictId == district.Id)
        {
            ModelState.AddModelError(nameof(Code), "This network is your own district's: add people to it from its page.");
            return Page();
        }
        if (!await db.NetworkMemberships.AnyAsync(m => m.NetworkId == found.Id, cancellationToken))
        {
            db.NetworkMemberships.Add(new NetworkMembership { NetworkId = found.Id });
            await db.SaveChangesAsync(cancellationToken);
        }
        return RedirectToPage("Details", new { id = found.Id });
    }
}
