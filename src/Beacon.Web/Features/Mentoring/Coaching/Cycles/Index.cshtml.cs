using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring.Coaching.Cycles;

/// <summary>
/// A coaching pairing's cycles. The coach and the teacher start cycles, move them on and keep notes; the principal
/// of the teacher's school and the coordinator see goals, ties and stages without the notes; anyone else gets 404.
/// </summary>
public class IndexModel(BeaconDbContext db, PairingAccess access, CoachingQuery query, TimeProvider clock) : PageModel
{
    public Pairing Pairing { get; private set; } = null!;
    public PairingView View { get; private set; }
    public CaseRow Case { get; private set; } = null!;
    public IReadOnlyList<CycleRow> Cycles { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string?> Notes { get; private set; } = new Dictionary<Guid, string?>();
    public IReadOnlyList<SelectListItem> Ties { get; private set; } = [];

    [BindProperty]
    public CycleForm Cycle { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || View != PairingView.Pair)
        {
            return NotFound();
        }
        var tie = Cycle.TiedTo ?? "";
        if (!Ties.Any(t => t.Value == tie))
        {
            ModelState.AddModelError("Cycle.TiedTo", "Choose the plan goal or framework indicator the cycle serves.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var target = Guid.Parse(tie[2..]);
        db.CoachingCycles.Add(new CoachingCycle
        {
            PairingId = id,
            Goal = Cycle.Goal!.Trim(),
            PlanGoalId = tie.StartsWith("g:", StringComparison.Ordinal) ? target : null,
            IndicatorId = tie.StartsWith("i:", StringComparison.Ordinal) ? target : null,
            GoalSetOn = Cycle.On ?? Today(),
            PrivateNotes = string.IsNullOrWhiteSpace(Cycle.Notes) ? null : Cycle.Notes.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAdvanceAsync(Guid id, Guid coachingCycleId, DateOnly? on, string? notes, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || View != PairingView.Pair)
        {
            return NotFound();
        }
        var cycle = await db.CoachingCycles.FirstOrDefaultAsync(c => c.Id == coachingCycleId && c.PairingId == id, cancellationToken);
        if (cycle is null)
        {
            return NotFound();
        }
        if (notes is { Length: > Limits.LongText })
        {
            ModelState.AddModelError(string.Empty, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Keep the notes under {Limits.LongText:N0} characters."));
            return Page();
        }
        if (CoachingCycleRules.Advance(cycle, on ?? Today()) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }
        if (!string.IsNullOrWhiteSpace(notes))
        {
            cycle.PrivateNotes = notes.Trim();
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var pairing = await query.Pairings().AsNoTracking().Include(p => p.Programme).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pairing is null || (View = await access.ViewOfAsync(pairing, cancellationToken)) == PairingView.None)
        {
            return false;
        }
        Pairing = pairing;
        Case = (await query.RowsAsync(db.Pairings.Where(p => p.Id == id), cancellationToken)).Single();
        Cycles = await query.CyclesAsync([id], cancellationToken);
        // The notes are not even read for anyone but the pair.
        Notes = View == PairingView.Pair
            ? await db.CoachingCycles.Where(c => c.PairingId == id).ToDictionaryAsync(c => c.Id, c => c.PrivateNotes, cancellationToken)
            : new Dictionary<Guid, string?>();
        Ties = View == PairingView.Pair ? await query.TiesAsync(pairing.SchoolId, cancellationToken) : [];
        return true;
    }
}

public class CycleForm
{
    [Required(ErrorMessage = "Enter the cycle's goal.")]
    [StringLength(Limits.ShortText, ErrorMessage = "Keep the goal under {1:N0} characters.")]
    [Display(Name = "Goal")]
    public string? Goal { get; set; }

    [Display(Name = "Serves")]
    public string? TiedTo { get; set; }

    [Display(Name = "Goal set on")]
    public DateOnly? On { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "Keep the notes under {1:N0} characters.")]
    [Display(Name = "Notes (only the two of you see them)")]
    public string? Notes { get; set; }
}
