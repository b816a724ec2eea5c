using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing.Allocations;

[Authorize(Policy = Policies.DistrictLeadership)]
public class NewModel(BeaconDbContext db, ScenarioPlanner planner) : PageModel
{
    [BindProperty]
    public ScenarioForm Form { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadYearsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadYearsAsync(cancellationToken);
        if (Form.SchoolYearId is { } year && Years.All(y => y.Id != year))
        {
            ModelState.AddModelError("Form.SchoolYearId", "Choose a school year from the list.");
        }
        if (Form.Step is not (1m or 0.5m))
        {
            ModelState.AddModelError("Form.Step", "Choose whole or half positions.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (scenario, problems) = await planner.CreateAsync(new ScenarioSettings(
            Form.Name, Form.PositionKind, Form.SchoolYearId!.Value, Form.TotalPositions!.Value, Form.Step,
            Form.CostPerPosition ?? 0, Form.DefaultMinimum ?? 0, Form.DefaultMaximum!.Value), cancellationToken);
        if (scenario is null)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError("Form.TotalPositions", problem);
            }
            return Page();
        }
        return RedirectToPage("Details", new { id = scenario.Id });
    }

    private async Task LoadYearsAsync(CancellationToken cancellationToken)
    {
        var years = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Select(y => new { y.Id, y.Name }).ToListAsync(cancellationToken);
        Years = years.Select(y => (y.Id, y.Name)).ToList();
    }
}

public class ScenarioForm
{
    [Required(ErrorMessage = "Give the scenario a name, e.g. \"Coaches by poverty\".")]
    [StringLength(Limits.ShortName, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Scenario name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Say what kind of position is allocated, e.g. \"Instructional coach\".")]
    [StringLength(Limits.ShortName, ErrorMessage = "Keep the kind of position under {1:N0} characters.")]
    [Display(Name = "Kind of position")]
    public string PositionKind { get; set; } = "";

    [Required(ErrorMessage = "Choose the school year the positions are for.")]
    [Display(Name = "School year")]
    public Guid? SchoolYearId { get; set; }

    [Required(ErrorMessage = "Enter how many positions to allocate.")]
    [Range(0.5, 10000, ErrorMessage = "Allocate between 0.5 and 10,000 positions.")]
    [Display(Name = "Positions to allocate")]
    public decimal? TotalPositions { get; set; }

    [Display(Name = "Allocate in")]
    public decimal Step { get; set; } = 1;

    [Range(0, 10_000_000, ErrorMessage = "Enter a yearly cost between 0 and 10,000,000.")]
    [Display(Name = "Yearly cost of one position")]
    public decimal? CostPerPosition { get; set; }

    [Range(0, 100, ErrorMessage = "Enter a minimum between 0 and 100.")]
    [Display(Name = "Each school's minimum")]
    public decimal? DefaultMinimum { get; set; } = 0;

    [Required(ErrorMessage = "Enter the most positions any one school may get.")]
    [Range(0.5, 100, ErrorMessage = "Enter a maximum between 0.5 and 100.")]
    [Display(Name = "Each school's maximum")]
    public decimal? DefaultMaximum { get; set; } = 2;
}
