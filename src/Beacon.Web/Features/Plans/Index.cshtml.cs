using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>The district's plans: its own, and the schools' plans under them, a page at a time.</summary>
public class IndexModel(BeaconDbContext db, PlanAccess access) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<PlanRow> DistrictPlans { get; private set; } = [];
    public IReadOnlyList<PlanRow> SchoolPlans { get; private set; } = [];
    public int SchoolPlanCount { get; private set; }
    public bool CanCreateDistrictPlan { get; private set; }
    public bool CanCreateSchoolPlan { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (SchoolPlanCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanCreateDistrictPlan = access.IsLeadership;
        CanCreateSchoolPlan = access.IsLeadership || access.IsSchoolLeader;
        DistrictPlans = await db.Plans.Where(p => p.SchoolId == null).OrderByDescending(p => p.StartYear)
            .Select(p => new PlanRow(p.Id, p.Title, null, p.StartYear, p.Years, p.Goals.Count, null))
            .ToListAsync(cancellationToken);
        var schoolPlans = db.Plans.Where(p => p.SchoolId != null);
        SchoolPlanCount = await schoolPlans.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        SchoolPlans = await schoolPlans.OrderBy(p => p.School!.Name).ThenByDescending(p => p.StartYear)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new PlanRow(p.Id, p.Title, p.School!.Name, p.StartYear, p.Years, p.Goals.Count, p.DistrictPlan!.Title))
            .ToListAsync(cancellationToken);
    }

    public sealed record PlanRow(Guid Id, string Title, string? SchoolName, int StartYear, int Years, int Goals, string? DistrictPlanTitle)
    {
        public string Period => Years == 1 ? Plan.YearName(StartYear) : $"{Plan.YearName(StartYear)} to {Plan.YearName(StartYear + Years - 1)}";
    }
}
