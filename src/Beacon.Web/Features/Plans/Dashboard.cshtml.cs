using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>District and school plan progress at a glance, filterable by district goal and by school.</summary>
public class DashboardModel(BeaconDbContext db, PlanDashboardQuery query, PlanReader reader) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Plan { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Goal { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    /// <summary>School goals listed under each district goal before the list says "filter to see more".</summary>
    public const int SchoolGoalsShown = 25;

    public const int SchoolPlansPerPage = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(Guid Id, string Title)> DistrictPlans { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Schools { get; private set; } = [];
    public PlanDashboard? Data { get; private set; }
    public PlanView? SchoolPlan { get; private set; }

    public IEnumerable<GoalView> ShownGoals => Data!.DistrictPlan.Goals.Where(g => Goal is null || g.Id == Goal);

    public int PageCount => Math.Max(1, (Data!.SchoolPlans.Count + SchoolPlansPerPage - 1) / SchoolPlansPerPage);

    public IEnumerable<SchoolPlanRow> SchoolPlansPage => Data!.SchoolPlans.Skip((PageNumber - 1) * SchoolPlansPerPage).Take(SchoolPlansPerPage);

    /// <summary>The school goals serving a district goal, those needing attention first: off track, at risk, not yet rated, on track.</summary>
    public IReadOnlyList<SchoolGoalRow> ServingGoals(Guid districtGoalId) =>
        Data!.SchoolGoals.Where(s => s.DistrictGoalId == districtGoalId)
            .OrderBy(s => s.Status switch { GoalStatus.OffTrack => 0, GoalStatus.AtRisk => 1, null => 2, _ => 3 })
            .ThenByDescending(s => s.Overdue).ThenBy(s => s.SchoolName, StringComparer.Ordinal)
            .ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var plans = await db.Plans.Where(p => p.SchoolId == null).Select(p => new { p.Id, p.Title, p.StartYear, p.Years }).ToListAsync(cancellationToken);
        DistrictPlans = plans.OrderByDescending(p => p.StartYear).Select(p => (p.Id, p.Title)).ToList();
        var chosen = plans.FirstOrDefault(p => p.Id == Plan) ?? PlanCalendar.Current(plans, p => p.StartYear, p => p.Years, reader.Today);
        if (chosen is null)
        {
            return;
        }
        Plan = chosen.Id;
        var schools = await db.Plans.Where(p => p.DistrictPlanId == chosen.Id).OrderBy(p => p.School!.Name)
            .Select(p => new { Id = p.SchoolId!.Value, p.School!.Name }).ToListAsync(cancellationToken);
        Schools = schools.Select(s => (s.Id, s.Name)).ToList();
        if (School is { } school && Schools.All(s => s.Id != school))
        {
            School = null;
        }
        Data = await query.LoadAsync(chosen.Id, Goal, School, cancellationToken);
        if (Goal is { } goal && Data?.DistrictPlan.Goals.All(g => g.Id != goal) == true)
        {
            (Goal, Data) = (null, await query.LoadAsync(chosen.Id, null, School, cancellationToken));
        }
        PageNumber = Data is null ? 1 : Math.Clamp(PageNumber, 1, PageCount);
        if (School is not null && Data?.SchoolPlans.FirstOrDefault() is { } row)
        {
            SchoolPlan = await reader.ReadAsync(row.PlanId, ReviewChoice.Latest, cancellationToken);
        }
    }
}
