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

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
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
        var cycle = await db.AssessmentCycles.FirstAsync(c => c.Id == id, cancellationToken);
        cycle.Status = CycleStatus.Closed;
        cycle.ClosedAt = clock.GetUtcNow();
        cycle.ClosedBy = currentUser.Name;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "The cycle is closed. Its results are now read-only.";
        return RedirectToPage("Cycle", new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }
        if (!cycle.CanManage)
        {
            return Forbid();
        }
        Cycle = cycle;
        Priorities = await db.CyclePriorities.CountAsync(p => p.CycleId == id, cancellationToken);
        Agreed = await db.ConsensusRatings.CountAsync(c => c.CycleId == id, cancellationToken);
        Indicators = await db.Indicators.CountAsync(i => i.FrameworkVersionId == cycle.VersionId, cancellationToken);
        return null;
    }
}
