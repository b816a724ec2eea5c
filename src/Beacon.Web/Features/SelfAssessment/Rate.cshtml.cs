using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>A team member rates every indicator of the cycle, each with an optional comment.</summary>
public class RateModel(BeaconDbContext db, CurrentUser currentUser, CycleAccess access, CycleResults results) : PageModel
{
    public CycleView Cycle { get; private set; } = null!;
    public IReadOnlyList<LevelInfo> Levels { get; private set; } = [];
    public IReadOnlyList<IndicatorRow> Indicators { get; private set; } = [];

    [BindProperty]
    public List<RatingInput> Ratings { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var mine = await db.IndividualRatings.Where(r => r.CycleId == id && r.UserId == currentUser.Id)
            .ToDictionaryAsync(r => r.IndicatorId, cancellationToken);
        Ratings = Indicators.Select(i => new RatingInput
        {
            IndicatorId = i.Id,
            Level = mine.GetValueOrDefault(i.Id)?.Level,
            Comment = mine.GetValueOrDefault(i.Id)?.Comment,
        }).ToList();
        if (Cycle.IsClosed)
        {
            ModelState.AddModelError(string.Empty, CycleEdits.ClosedMessage);
        }
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
        var known = Indicators.Select(i => i.Id).ToHashSet();
        var form = Ratings.Select(r => new RatingMerge.Submitted(r.IndicatorId, r.Level, r.Comment)).ToList();
        foreach (var (field, message) in RatingMerge.Check(form, known, Levels.Count))
        {
            ModelState.AddModelError(field, message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userId = currentUser.Id!;
        var existing = await db.IndividualRatings.Where(r => r.CycleId == id && r.UserId == userId).ToDictionaryAsync(r => r.IndicatorId, cancellationToken);
        var changes = RatingMerge.Merge(
            existing.ToDictionary(e => e.Key, e => new RatingMerge.Rating(e.Key, e.Value.Level, e.Value.Comment)), form, known);
        db.IndividualRatings.RemoveRange(changes.Removed.Select(i => existing[i]));
        foreach (var change in changes.Changed)
        {
            (existing[change.IndicatorId].Level, existing[change.IndicatorId].Comment) = (change.Level, change.Comment);
        }
        db.IndividualRatings.AddRange(changes.Added.Select(a => new IndividualRating
        {
            CycleId = id,
            IndicatorId = a.IndicatorId,
            UserId = userId,
            Level = a.Level,
            Comment = a.Comment,
        }));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Your ratings are saved. The team sees how everyone's ratings spread on each indicator.";
        return RedirectToPage("Cycle", new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }
        Cycle = cycle;
        if (!cycle.IsMember)
        {
            return Forbid();
        }
        Levels = await results.LevelsAsync(cycle.VersionId, cancellationToken);
        Indicators = await db.Indicators.Where(i => i.FrameworkVersionId == cycle.VersionId)
            .OrderBy(i => i.Domain!.Position).ThenBy(i => i.Position)
            .Select(i => new IndicatorRow(i.Id, i.Domain!.Code + " · " + i.Domain.Name, i.Code, i.Text, i.Description))
            .ToListAsync(cancellationToken);
        return null;
    }

    public sealed record IndicatorRow(Guid Id, string Domain, string Code, string Text, string? Description);
}

public sealed class RatingInput
{
    public Guid IndicatorId { get; set; }
    public int? Level { get; set; }
    public string? Comment { get; set; }
}
