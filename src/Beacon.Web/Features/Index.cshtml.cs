using Beacon.Web.Data;
using Beacon.Web.Features.Home;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features;

/// <summary>
/// Each person's home: what needs doing or knowing in their role, each line a link to where it is done.
/// The figures come from one small query class per role (<c>Features/Home</c>).
/// </summary>
[Authorize]
public class IndexModel(BeaconDbContext db, IServiceProvider services, TimeProvider clock) : PageModel
{
    public string DistrictName { get; private set; } = "";
    public IReadOnlyList<HomeView> Homes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var district = await db.Districts.Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
        if (district is null)
        {
            return User.IsInRole(Roles.SystemAdministrator) ? RedirectToPage("/Admin/Districts/Index") : Forbid();
        }
        DistrictName = district;
        var homes = new List<HomeView>();
        foreach (var home in HomeChoice.For(User))
        {
            homes.Add(home switch
            {
                "admin" => AdminHome.Present(await services.GetRequiredService<AdminHome>().LoadAsync(cancellationToken), clock.GetUtcNow()),
                "leader" => LeaderHome.Present(await services.GetRequiredService<LeaderHome>().LoadAsync(cancellationToken)),
                "hr" => HrHome.Present(await services.GetRequiredService<HrHome>().LoadAsync(cancellationToken)),
                "principal" => PrincipalHome.Present(await services.GetRequiredService<PrincipalHome>().LoadAsync(cancellationToken)),
                "trustee" => TrusteeHome.Present(await services.GetRequiredService<TrusteeHome>().LoadAsync(cancellationToken)),
                _ => TeacherHome.Present(await services.GetRequiredService<TeacherHome>().LoadAsync(cancellationToken)),
            });
        }
        Homes = homes;
        return Page();
    }
}
