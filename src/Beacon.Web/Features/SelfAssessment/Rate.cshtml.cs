using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>A team member rates every indicator of the cycle, each with an optional comment.</summary>
public class RateModel(BeaconDbContext db, CurrentUser currentUser, CycleAccess access, CycleResults results, TimeProvider clock) : PageModel
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
        var known = Indicators.ToDictionary(i => i.Id);
        for (var n = 0; n < Ratings.Count; n++)
        {
            var input = Ratings[n];
            if (!known.ContainsKey(input.IndicatorId))
            {
                ModelState.AddModelError(string.Empty, "The form names an indicator that is not in this cycle. Reload the page and rate again.");
            }
            else if (input.Level is { } level && (level < 1 || level > Levels.Count))
            {
                ModelState.AddModelError($"Ratings[{n}].Level", $"Choose one of the {Levels.Count} levels.");
            }
            if (input.Comment?.Length > 2000)
            {
                ModelState.AddModelError($"Ratings[{n}].Comment", "Shorten the comment to at most 2,000 characters.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userId = currentUser.Id!;
        var existing = await db.IndividualRatings.Where(r => r.CycleId == id && r.UserId == userId).ToDictionaryAsync(r => r.IndicatorId, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var input in Ratings.Where(r => known.ContainsKey(r.IndicatorId)).DistinctBy(r => r.IndicatorId))
        {
            var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
            if (existing.TryGetValue(input.IndicatorId, out var rating))
            {
                if (input.Level is not { } level)
                {
                    db.IndividualRatings.Remove(rating);
                }
                else if (rating.Level != level || rating.Comment != comment)
                {
                    (rating.Level, rating.Comment, rating.UpdatedAt) = (level, comment, now);
                }
            }
            else if (input.Level is { } level)
            {
                db.IndividualRatings.Add(new IndividualRating
                {
                    CycleId = id,
                    IndicatorId = input.IndicatorId,
                    UserId = userId,
                    Level = level,
                    Comment = comment,
                    UpdatedAt = now,
                });
            }
        }
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
