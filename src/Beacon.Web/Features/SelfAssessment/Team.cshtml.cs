using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>A cycle's leader changes who is on the team while the cycle is open. Ratings already made stay.</summary>
public class TeamModel(BeaconDbContext db, CycleAccess access) : PageModel
{
    public CycleView Cycle { get; private set; } = null!;
    public IReadOnlyList<(string Id, string Text)> Accounts { get; private set; } = [];

    [BindProperty]
    public List<string> Team { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Team = await db.CycleMembers.Where(m => m.CycleId == id).Select(m => m.UserId).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (Cycle.IsClosed)
        {
            return CycleEdits.Refuse(this, CycleEdits.ClosedMessage);
        }
        var chosen = Accounts.Select(a => a.Id).Where(Team.Contains).ToHashSet();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(Team), "Keep at least one person on the team.");
            return Page();
        }
        var members = await db.CycleMembers.Where(m => m.CycleId == id).ToListAsync(cancellationToken);
        db.CycleMembers.RemoveRange(members.Where(m => !chosen.Contains(m.UserId)));
        db.CycleMembers.AddRange(chosen.Where(u => members.All(m => m.UserId != u)).Select(u => new CycleMember { CycleId = id, UserId = u }));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = $"The team now has {Ui.Plural.Of(chosen.Count, "member")}.";
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
        Accounts = (await db.Users.OrderBy(u => u.DisplayName).Select(u => new { u.Id, Text = u.DisplayName + " (" + u.Email + ")" }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.Text)).ToList();
        return null;
    }
}
