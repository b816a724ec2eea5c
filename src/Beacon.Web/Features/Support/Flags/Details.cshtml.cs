using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Flags;

/// <summary>One flag with its history; the leader reviews it, then resolves or escalates it.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class DetailsModel(BeaconDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    public SchoolFlag Flag { get; private set; } = null!;
    public IReadOnlyList<FlagEvent> History { get; private set; } = [];

    [BindProperty]
    public FlagStatus? Step { get; set; }

    [BindProperty]
    [StringLength(Limits.Text, ErrorMessage = "Keep the note under {1:N0} characters.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Step is not { } step)
        {
            ModelState.AddModelError(nameof(Step), $"Choose what happens next: {string.Join(" or ", FlagWorkflow.NextSteps(Flag.Status).Select(s => s.Label().ToLowerInvariant()))}.");
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var error = FlagWorkflow.Move(Flag, step, Note, currentUser.Name, clock.GetUtcNow());
        if (error is not null)
        {
            ModelState.AddModelError(error.StartsWith("Write", StringComparison.Ordinal) ? nameof(Note) : nameof(Step), error);
            return Page();
        }
        db.FlagEvents.Add(Flag.Events[^1]);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var flag = await db.SchoolFlags.Include(f => f.School).FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flag is null)
        {
            return false;
        }
        Flag = flag;
        History = (await db.FlagEvents.AsNoTracking().Where(e => e.FlagId == id).ToListAsync(cancellationToken)).OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        return true;
    }
}
