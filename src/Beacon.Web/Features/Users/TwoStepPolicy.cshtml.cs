using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Users;

/// <summary>Whether the district requires two-step sign-in of its administrators and human resources (<see cref="TwoFactorPolicy"/>).</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class TwoStepPolicyModel(BeaconDbContext db) : PageModel
{
    [BindProperty]
    public bool Required { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Required = await db.Districts.Select(d => d.TwoFactorRequiredForAdministrators).FirstAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var district = await db.Districts.FirstAsync(cancellationToken);
        district.TwoFactorRequiredForAdministrators = Required;
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = Required
            ? "Two-step sign-in is required of district administrators and human resources. Those without it set it up at their next sign-in."
            : "Two-step sign-in is optional for everyone in this district.";
        return RedirectToPage();
    }
}
