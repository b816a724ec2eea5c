using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing.Allocations;

[Authorize(Policy = Policies.DistrictLeadership)]
public class DetailsModel(BeaconDbContext db, ScenarioPlanner planner) : PageModel
{
    public AllocationScenario Scenario { get; private set; } = null!;
    public string YearName { get; private set; } = "";
    public string? ReplacesDecision { get; private set; }

    [BindProperty]
    public List<BoundsInput> Bounds { get; set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Say why this scenario was chosen: the board and schools will read it.")]
    [StringLength(Limits.LongText, ErrorMessage = "Keep the rationale under {1:N0} characters.")]
    [Display(Name = "Rationale for the decision")]
    public string? Rationale { get; set; }

    [BindProperty]
    public bool ConfirmReplace { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecalculateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ModelState.Remove(nameof(Rationale));
        if (Scenario.IsDecision)
        {
            ModelState.AddModelError(string.Empty, "This scenario is the recorded decision and can no longer change. Create a new scenario to try other bounds.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var problems = await planner.RecalculateAsync(Scenario,
            Bounds.ToDictionary(b => b.SchoolId, b => (b.Minimum, b.Maximum)), cancellationToken);
        foreach (var problem in problems)
        {
            ModelState.AddModelError(string.Empty, problem);
        }
        return problems.Count > 0 ? Page() : RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (ReplacesDecision is not null && !ConfirmReplace)
        {
            ModelState.AddModelError(nameof(ConfirmReplace), $"Tick the box to confirm that this replaces the decision \"{ReplacesDecision}\".");
        }
        if (Scenario.IsDecision)
        {
            ModelState.AddModelError(string.Empty, "This scenario is already the recorded decision.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await planner.DecideAsync(Scenario, Rationale!, cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scenario = await db.AllocationScenarios
            .Include(s => s.Schools).ThenInclude(s => s.School)
            .Include(s => s.SchoolYear)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (scenario is null)
        {
            return false;
        }
        Scenario = scenario;
        YearName = scenario.SchoolYear?.Name ?? "";
        ReplacesDecision = await db.AllocationScenarios
            .Where(s => s.IsDecision && s.Id != id && s.SchoolYearId == scenario.SchoolYearId && s.PositionKind == scenario.PositionKind)
            .Select(s => s.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (Bounds.Count == 0)
        {
            Bounds = scenario.Schools.OrderBy(s => s.School!.Name)
                .Select(s => new BoundsInput { SchoolId = s.SchoolId, Minimum = s.Minimum, Maximum = s.Maximum }).ToList();
        }
        return true;
    }
}

public class BoundsInput
{
    public Guid SchoolId { get; set; }

    [Range(0, 100, ErrorMessage = "Enter a minimum between 0 and 100.")]
    public decimal Minimum { get; set; }

    [Range(0, 100, ErrorMessage = "Enter a maximum between 0 and 100.")]
    public decimal Maximum { get; set; }
}
