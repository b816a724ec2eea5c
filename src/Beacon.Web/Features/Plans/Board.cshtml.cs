using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>
/// What the board of trustees reads to hold the director to account: the district plan's mission,
/// vision, goals, measures against targets and the latest signed-off review. Read-only for every
/// member of the district; printable, and as a PDF.
/// </summary>
public class BoardModel(BeaconDbContext db, PlanReader reader) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Plan { get; set; }

    public string DistrictName { get; private set; } = "";
    public PlanView? View { get; private set; }
    public int SchoolPlans { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var district = await db.Districts.Select(d => new ReportDistrict(d.Name, d.Logo, d.LogoContentType)).FirstAsync(cancellationToken);
        var bytes = BoardReportPdf.Render(district, View!, Today);
        return File(bytes, "application/pdf", $"board-report-{View!.Plan.StartYear}.pdf");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Today = reader.Today;
        DistrictName = await db.Districts.Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var plans = await db.Plans.Where(p => p.SchoolId == null).Select(p => new { p.Id, p.StartYear, p.Years }).ToListAsync(cancellationToken);
        var chosen = plans.FirstOrDefault(p => p.Id == Plan) ?? PlanCalendar.Current(plans, p => p.StartYear, p => p.Years, Today);
        if (chosen is null)
        {
            return false;
        }
        View = await reader.ReadAsync(chosen.Id, ReviewChoice.LatestSignedOff, cancellationToken);
        SchoolPlans = await db.Plans.CountAsync(p => p.DistrictPlanId == chosen.Id, cancellationToken);
        return View is not null;
    }
}
