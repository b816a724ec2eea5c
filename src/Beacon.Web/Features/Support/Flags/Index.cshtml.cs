using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Flags;

public sealed record FlagRow(Guid Id, Guid SchoolId, string SchoolName, FlagOrigin Origin, FlagRule? Rule, string? YearName, string Reason, FlagStatus Status);

[Authorize(Policy = Policies.DistrictLeadership)]
public class IndexModel(BeaconDbContext db, CurrentUser currentUser, TimeProvider clock, FlagRaiser flagRaiser) : PageModel
{
    /// <summary>Show resolved flags instead of the ones still being worked on.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Resolved { get; set; }

    public PageOf<FlagRow> Flags { get; private set; } = null!;
    public ListLinks Links { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var flags = db.SchoolFlags.AsNoTracking()
            .Where(f => Resolved ? f.Status == FlagStatus.Resolved : f.Status != FlagStatus.Resolved);
        Flags = await flags
            .OrderBy(f => f.School!.Name).ThenBy(f => f.Rule).ThenBy(f => f.Id)
            .Select(f => new FlagRow(f.Id, f.SchoolId, f.School!.Name, f.Origin, f.Rule, f.YearName, f.Reason, f.Status))
            .ToPageAsync(pageNumber, cancellationToken: cancellationToken);
        Links = new ListLinks("/Support/Flags", [new("resolved", Resolved ? "true" : null)], default, default);
    }

    public async Task<IActionResult> OnPostRunRulesAsync(CancellationToken cancellationToken)
    {
        var raised = await flagRaiser.RaiseAsync(currentUser.Name, clock.GetUtcNow(), cancellationToken);
        Notice = raised switch
        {
            0 => "The rules found nothing new to flag.",
            1 => "The rules raised 1 new flag.",
            _ => $"The rules raised {raised} new flags.",
        };
        return RedirectToPage();
    }
}
