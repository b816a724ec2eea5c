using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning.External;

public sealed record SubmittedRow(Guid Id, string Person, string Title, string Provider, DateOnly CompletedOn, string? FileName, string? Link);

/// <summary>
/// The professional learning office (who approves registrations last) approves learning done elsewhere,
/// or returns it with a reason the person sees. Nobody decides on their own submission.
/// </summary>
public class ReviewModel(BeaconDbContext db, LearningAccess access, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SubmittedRow> Submitted { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> CreditsOf { get; private set; } = new Dictionary<Guid, string>();
    public string? Message { get; private set; }

    /// <summary>The submission whose return was refused (its reason box shows the message).</summary>
    public Guid? Returning { get; private set; }

    [BindProperty]
    [StringLength(Limits.Paragraph, ErrorMessage = "Keep the reason under {1:N0} characters.")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        if (!access.IsOffice)
        {
            return Forbid();
        }
        Message = done;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) => DecideAsync(id, approve: true, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken) => DecideAsync(id, approve: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, CancellationToken cancellationToken)
    {
        var entry = await db.ExternalLearning.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }
        if (!access.IsOffice || entry.UserId == access.UserId)
        {
            return Forbid();
        }
        if (entry.Status != ExternalStatus.Submitted)
        {
            return RedirectToPage(new { done = $"{entry.DisplayName}'s “{entry.Title}” was already decided." });
        }
        var reason = LearningForms.Clean(Reason, Limits.Paragraph);
        if (!approve && reason is null)
        {
            ModelState.AddModelError(nameof(Reason), "Say why it is returned: the person reads this to put it right.");
        }
        if (!ModelState.IsValid)
        {
            Returning = id;
            await LoadAsync(cancellationToken);
            return Page();
        }
        entry.Status = approve ? ExternalStatus.Approved : ExternalStatus.Returned;
        entry.ReturnReason = approve ? null : reason;
        entry.DecidedBy = currentUser.Name;
        entry.DecidedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { done = $"{entry.DisplayName}: “{entry.Title}” {(approve ? "approved" : "returned")}." });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Submitted = await db.ExternalLearning.AsNoTracking().Where(e => e.Status == ExternalStatus.Submitted)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).Take(LearningForms.PendingShown)
            .Select(e => new SubmittedRow(e.Id, e.DisplayName, e.Title, e.Provider, e.CompletedOn, e.FileName, e.Link))
            .ToListAsync(cancellationToken);
        CreditsOf = await ExternalCreditsText.ForAsync(db, Submitted.Select(s => s.Id).ToList(), cancellationToken);
    }
}
