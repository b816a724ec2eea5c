using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>Starts the district plan (district leadership) or a school plan under it (leadership, or the school's own leaders).</summary>
public class NewModel(BeaconDbContext db, PlanAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty]
    public PlanForm Form { get; set; } = new();

    [BindProperty]
    public SchoolPlanChoice Choice { get; set; } = new();

    public bool ForSchool => string.Equals(Kind, "school", StringComparison.OrdinalIgnoreCase);
    public IReadOnlyList<(Guid Id, string Name)> Schools { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> DistrictPlans { get; private set; } = [];
    public int FirstYearFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] Guid? school, CancellationToken cancellationToken)
    {
        if (!await LoadChoicesAsync(cancellationToken))
        {
            return PlanAccess.Refuse();
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Form.StartYear = PlanCalendar.SchoolYearOf(today);
        if (ForSchool)
        {
            var current = PlanCalendar.Current(
                await db.Plans.Where(p => p.SchoolId == null).Select(p => new { p.Id, p.StartYear, p.Years }).ToListAsync(cancellationToken),
                p => p.StartYear, p => p.Years, today);
            Choice.DistrictPlanId = current?.Id;
            Choice.SchoolId = Schools.Any(s => s.Id == school) ? school : Schools.Count == 1 ? Schools[0].Id : null;
            if (current is not null)
            {
                (Form.StartYear, Form.Years) = (current.StartYear, current.Years);
            }
            if (Choice.SchoolId is { } chosen)
            {
                Form.Title = $"{Schools.First(s => s.Id == chosen).Name} improvement plan";
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadChoicesAsync(cancellationToken))
        {
            return PlanAccess.Refuse();
        }
        if (ForSchool)
        {
            if (Choice.SchoolId is null)
            {
                ModelState.AddModelError("Choice.SchoolId", "Choose the school this plan is for.");
            }
            if (Choice.DistrictPlanId is null)
            {
                ModelState.AddModelError("Choice.DistrictPlanId", "Choose the district plan this school plan serves. If there is none, district leaders write it first.");
            }
            if (Choice.SchoolId is { } schoolId && !await access.CanEditAsync(schoolId, cancellationToken))
            {
                return PlanAccess.Refuse();
            }
            if (Choice.SchoolId is { } s && Schools.All(x => x.Id != s))
            {
                ModelState.AddModelError("Choice.SchoolId", "Choose a school from the list.");
            }
            if (Choice.DistrictPlanId is { } d && DistrictPlans.All(x => x.Id != d))
            {
                ModelState.AddModelError("Choice.DistrictPlanId", "Choose a district plan from the list.");
            }
            if (ModelState.IsValid && await db.Plans.AnyAsync(p => p.SchoolId == Choice.SchoolId && p.DistrictPlanId == Choice.DistrictPlanId, cancellationToken))
            {
                ModelState.AddModelError("Choice.SchoolId", "This school already has a plan under this district plan. Open it from the list of plans to change it.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var plan = new Plan
        {
            Id = Guid.CreateVersion7(),
            Title = Form.Title.Trim(),
            SchoolId = ForSchool ? Choice.SchoolId : null,
            DistrictPlanId = ForSchool ? Choice.DistrictPlanId : null,
            StartYear = Form.StartYear!.Value,
            Years = Form.Years!.Value,
            Mission = PlanForm.Clean(Form.Mission),
            Vision = PlanForm.Clean(Form.Vision),
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = plan.Id });
    }

    /// <summary>Fills the lists the form offers; false when the person may not start this kind of plan at all.</summary>
    private async Task<bool> LoadChoicesAsync(CancellationToken cancellationToken)
    {
        FirstYearFrom = PlanCalendar.SchoolYearOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) - 2;
        if (!ForSchool)
        {
            return access.IsLeadership;
        }
        var limit = await access.SchoolsLimitAsync(cancellationToken);
        if (limit is { Count: 0 })
        {
            return false;
        }
        var schools = await db.Schools.Where(s => limit == null || limit.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        Schools = schools.Select(s => (s.Id, s.Name)).ToList();
        var plans = await db.Plans.Where(p => p.SchoolId == null).OrderByDescending(p => p.StartYear)
            .Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken);
        DistrictPlans = plans.Select(p => (p.Id, p.Title)).ToList();
        return true;
    }
}

/// <summary>Which school and district plan a school plan is for; checked in the handler, since a district plan has neither.</summary>
public class SchoolPlanChoice
{
    [Display(Name = "School")]
    public Guid? SchoolId { get; set; }

    [Display(Name = "Serves the district plan")]
    public Guid? DistrictPlanId { get; set; }
}
