using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>A cycle's results: per indicator, how the team's ratings spread, the consensus, evidence and priorities.</summary>
public class CycleModel(CycleAccess access, CycleResults results) : PageModel
{
    public CycleResult Result { get; private set; } = null!;

    public CycleView Cycle => Result.Cycle;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await access.FindAsync(id) is not { } cycle)
        {
            return NotFound();
        }
        Result = await results.LoadAsync(cycle);
        return Page();
    }

    public string SpreadText(RatingSpread spread) =>
        spread.Total == 0
            ? "No ratings yet"
            : string.Join(", ", Result.Levels.Where(l => spread.CountAt(l.Value) > 0).Select(l => $"{l.Label}: {spread.CountAt(l.Value)}"));
}
