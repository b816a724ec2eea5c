using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>Year over year: each indicator's consensus in this cycle beside the previous cycle of the same framework and scope.</summary>
public class ChangeModel(CycleAccess access, CycleComparison comparison) : PageModel
{
    public CycleChange Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await access.FindAsync(id) is not { } cycle)
        {
            return NotFound();
        }
        Result = await comparison.CompareAsync(cycle);
        return Page();
    }

    public static string Describe(int? change) => change switch
    {
        null => "—",
        > 0 => $"Up {change} level{(change == 1 ? "" : "s")}",
        < 0 => $"Down {-change} level{(change == -1 ? "" : "s")}",
        _ => "No change",
    };
}
