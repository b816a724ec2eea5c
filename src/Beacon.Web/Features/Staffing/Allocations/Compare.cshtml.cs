using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing.Allocations;

/// <summary>Two or more scenarios side by side: who gains, who loses, and what each costs.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class CompareModel(BeaconDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public List<Guid> Ids { get; set; } = [];

    public IReadOnlyList<ComparedScenario> Scenarios { get; private set; } = [];
    public ScenarioComparison Comparison { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = Ids.Distinct().ToList();
        if (ids.Count < 2)
        {
            return Page();
        }
        var scenarios = await db.AllocationScenarios
            .Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.CostPerPosition,
                Schools = s.Schools.Select(r => new { r.SchoolId, r.School!.Name, r.Need, r.Positions }).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (scenarios.Count != ids.Count)
        {
            return NotFound();
        }
        var ordered = ids.Select(id => scenarios.Single(s => s.Id == id)).ToList();
        Scenarios = ordered
            .Select(s => new ComparedScenario(s.Id, s.Name, s.CostPerPosition, s.Schools.ToDictionary(r => r.SchoolId, r => r.Positions)))
            .ToList();
        var schools = ordered.SelectMany(s => s.Schools)
            .GroupBy(r => r.SchoolId)
            .ToDictionary(g => g.Key, g => (g.First().Name, g.Max(r => r.Need)));
        Comparison = ScenarioComparison.Build(Scenarios, schools);
        return Page();
    }
}
