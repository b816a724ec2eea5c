using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>Asks, then closes a cycle: from then on it is read-only, and its results feed the comparisons.</summary>
public class CloseModel(BeaconDbContext db, CurrentUser currentUser, CycleAccess access, TimeProvider clock) : PageModel
{
    public CycleView Cycle { get; private set; } = null!;
    public int Priorities { get; private set; }
    public int Agreed { get; private set; }
    public int Indicators { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }
        if (Cycle.IsClosed)
        {
            return CycleEdits.Refuse(this, "This cycle is already closed.");
        }
        if (PriorityLimit.RefusalToClose(Priorities) is { } reason)
        {
            return CycleEdits.Refuse(this, reason);
        }
        var cycle = await db.AssessmentCycles.FirstAsync(c => c.Id == id);
        cycle.Status = CycleStatus.Closed;
        cycle.ClosedAt = clock.GetUtcNow();
        cycle.ClosedBy = currentUser.Name;
        await db.SaveChangesAsync();
        TempData["Notice"] = "The cycle is closed. Its results are now read-only.";
        return RedirectToPage("Cycle", new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await access.FindAsync(id) is not { } cycle)
        {
            return NotFound();
        }
        if (!cycle.CanManage)
        {
            return Forbid();
        }
        Cycle = cycle;
        Priorities = await db.CyclePriorities.CountAsync(p => p.CycleId == id);
        Agreed = await db.ConsensusRatings.CountAsync(c => c.CycleId == id);
        Indicators = await db.Indicators.CountAsync(i => i.FrameworkVersionId == cycle.VersionId);
        return null;
    }
}
