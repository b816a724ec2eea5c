using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// One indicator in a cycle: the team's individual ratings and comments, the consensus with its
/// evidence, and whether it is one of the cycle's priorities.
/// </summary>
[RequestSizeLimit(EvidenceRules.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceRules.MaxFileBytes + 1024 * 1024)]
public class IndicatorModel(BeaconDbContext db, CurrentUser currentUser, CycleAccess access, CycleResults results, TimeProvider clock) : PageModel
{
    public CycleView Cycle { get; private set; } = null!;
    public IndicatorInfo Info { get; private set; } = null!;
    public IReadOnlyList<LevelInfo> Levels { get; private set; } = [];
    public IReadOnlyList<MemberRating> Ratings { get; private set; } = [];
    public RatingSpread Spread { get; private set; } = null!;
    public ConsensusInfo? Consensus { get; private set; }
    public IReadOnlyList<EvidenceRow> EvidenceRows { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Text)> Metrics { get; private set; } = [];
    public bool IsPriority { get; private set; }
    public int PriorityCount { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    [Display(Name = "Level the team agreed")]
    public int? ConsensusLevel { get; set; }

    [BindProperty]
    [Display(Name = "Notes on how the team decided (optional)")]
    public string? ConsensusNotes { get; set; }

    [BindProperty]
    [Display(Name = "Note")]
    public string? NoteText { get; set; }

    [BindProperty]
    [Display(Name = "Web address")]
    public string? LinkUrl { get; set; }

    [BindProperty]
    [Display(Name = "What it shows (optional)")]
    public string? LinkNote { get; set; }

    [BindProperty]
    [Display(Name = "File")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "What it shows (optional)")]
    public string? FileNote { get; set; }

    [BindProperty]
    [Display(Name = "Metric from the school's data")]
    public Guid? MetricId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, indicatorId, cancellationToken))
        {
            return NotFound();
        }
        ConsensusLevel = Consensus?.Level;
        ConsensusNotes = Consensus?.Notes;
        return Page();
    }

    public Task<IActionResult> OnPostConsensusAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) => EditAsync(id, indicatorId, async () =>
    {
        if (ConsensusLevel is not { } level || level < 1 || level > Levels.Count)
        {
            ModelState.AddModelError(nameof(ConsensusLevel), "Choose the level the team agreed on.");
        }
        if (ConsensusNotes?.Length > 4000)
        {
            ModelState.AddModelError(nameof(ConsensusNotes), "Shorten the notes to at most 4,000 characters; attach longer records as a file.");
        }
        if (!ModelState.IsValid)
        {
            return null;
        }
        var consensus = await db.ConsensusRatings.FirstOrDefaultAsync(c => c.CycleId == id && c.IndicatorId == indicatorId, cancellationToken);
        if (consensus is null)
        {
            consensus = new ConsensusRating { CycleId = id, IndicatorId = indicatorId, UpdatedBy = currentUser.Name };
            db.ConsensusRatings.Add(consensus);
        }
        consensus.Level = ConsensusLevel!.Value;
        consensus.Notes = string.IsNullOrWhiteSpace(ConsensusNotes) ? null : ConsensusNotes.Trim();
        consensus.UpdatedAt = clock.GetUtcNow();
        consensus.UpdatedBy = currentUser.Name;
        return "The consensus is recorded.";
    }, cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) => EditAsync(id, indicatorId, () =>
    {
        if (string.IsNullOrWhiteSpace(NoteText) || NoteText.Length > 4000)
        {
            ModelState.AddModelError(nameof(NoteText), "Write the note (at most 4,000 characters).");
            return Task.FromResult<string?>(null);
        }
        AddEvidence(EvidenceKind.Note, e => e.Note = NoteText.Trim());
        return Task.FromResult<string?>("The note is added as evidence.");
    }, cancellationToken);

    public Task<IActionResult> OnPostLinkAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) => EditAsync(id, indicatorId, () =>
    {
        if (EvidenceRules.RefusalForLink(LinkUrl) is { } refusal || LinkUrl!.Trim().Length > 2000)
        {
            ModelState.AddModelError(nameof(LinkUrl), EvidenceRules.RefusalForLink(LinkUrl) ?? "Shorten the address to at most 2,000 characters.");
            return Task.FromResult<string?>(null);
        }
        AddEvidence(EvidenceKind.Link, e => (e.Url, e.Note) = (LinkUrl.Trim(), Short(LinkNote)));
        return Task.FromResult<string?>("The link is added as evidence.");
    }, cancellationToken);

    public Task<IActionResult> OnPostFileAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) => EditAsync(id, indicatorId, async () =>
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a file to upload.");
            return null;
        }
        byte[] content;
        if (Upload.Length > EvidenceRules.MaxFileBytes)
        {
            content = [];
        }
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        var (contentType, refusal) = EvidenceRules.CheckFile(Upload.FileName, Upload.Length, content);
        if (refusal is not null)
        {
            ModelState.AddModelError(nameof(Upload), refusal);
            return null;
        }
        var name = Path.GetFileName(Upload.FileName);
        AddEvidence(EvidenceKind.File, e =>
        {
            e.FileName = name.Length > 260 ? name[^260..] : name;
            e.ContentType = contentType;
            e.Size = content.Length;
            e.Content = content;
            e.Note = Short(FileNote);
        });
        return $"“{name}” is attached as evidence.";
    }, cancellationToken);

    public Task<IActionResult> OnPostMetricAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) => EditAsync(id, indicatorId, () =>
    {
        if (MetricId is not { } metric || Metrics.All(m => m.Id != metric))
        {
            ModelState.AddModelError(nameof(MetricId), Cycle.SchoolId is null
                ? "Metrics are imported per school, so they can be evidence only in a school's cycle."
                : "Choose one of the school's metrics.");
            return Task.FromResult<string?>(null);
        }
        AddEvidence(EvidenceKind.Metric, e => e.SchoolMetricId = metric);
        return Task.FromResult<string?>("The metric is added as evidence.");
    }, cancellationToken);

    public Task<IActionResult> OnPostRemoveEvidenceAsync(Guid id, Guid indicatorId, Guid evidenceId, CancellationToken cancellationToken) => EditAsync(id, indicatorId, async () =>
    {
        var evidence = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId && e.CycleId == id && e.IndicatorId == indicatorId, cancellationToken);
        if (evidence is null)
        {
            ModelState.AddModelError(string.Empty, "That evidence is already gone.");
            return null;
        }
        db.Evidence.Remove(evidence);
        return "The evidence is removed.";
    }, cancellationToken);

    public Task<IActionResult> OnPostPriorityAsync(Guid id, Guid indicatorId, bool mark, CancellationToken cancellationToken) => EditAsync(id, indicatorId, async () =>
    {
        var existing = await db.CyclePriorities.FirstOrDefaultAsync(p => p.CycleId == id && p.IndicatorId == indicatorId, cancellationToken);
        if (!mark)
        {
            if (existing is not null)
            {
                db.CyclePriorities.Remove(existing);
            }
            return $"{Info.Code} is no longer a priority.";
        }
        if (PriorityLimit.RefusalToAdd(PriorityCount, existing is not null) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            return null;
        }
        if (existing is null)
        {
            db.CyclePriorities.Add(new CyclePriority { CycleId = id, IndicatorId = indicatorId, MarkedAt = clock.GetUtcNow(), MarkedBy = currentUser.Name });
        }
        return $"{Info.Code} is a priority of this cycle.";
    }, cancellationToken);

    /// <summary>Loads the page, refuses edits to closed cycles and to people who may not contribute, then runs <paramref name="edit"/> and saves.</summary>
    private async Task<IActionResult> EditAsync(Guid id, Guid indicatorId, Func<Task<string?>> edit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, indicatorId, cancellationToken))
        {
            return NotFound();
        }
        if (Cycle.IsClosed)
        {
            return CycleEdits.Refuse(this, CycleEdits.ClosedMessage);
        }
        if (!Cycle.CanContribute)
        {
            return Forbid();
        }
        var notice = await edit();
        if (notice is null || !ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CycleEdits.Refuse(this, "Someone else on the team saved the same thing at the same moment. Check the page and try again.");
        }
        Notice = notice;
        return RedirectToPage(new { id, indicatorId });
    }

    private void AddEvidence(EvidenceKind kind, Action<Evidence> fill)
    {
        var evidence = new Evidence { CycleId = Cycle.Id, IndicatorId = Info.Id, Kind = kind, AddedAt = clock.GetUtcNow(), AddedBy = currentUser.Name };
        fill(evidence);
        db.Evidence.Add(evidence);
    }

    private static string? Short(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 4000)];

    private async Task<bool> LoadAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } cycle)
        {
            return false;
        }
        Cycle = cycle;
        var info = await db.Indicators.Where(i => i.Id == indicatorId && i.FrameworkVersionId == cycle.VersionId)
            .Select(i => new IndicatorInfo(i.Id, i.Code, i.Text, i.Description, i.Citation, i.Domain!.Code + " · " + i.Domain.Name))
            .FirstOrDefaultAsync(cancellationToken);
        if (info is null)
        {
            return false;
        }
        Info = info;
        Levels = await results.LevelsAsync(cycle.VersionId, cancellationToken);
        Ratings = await db.IndividualRatings.Where(r => r.CycleId == id && r.IndicatorId == indicatorId)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { u.DisplayName, r.Level, r.Comment })
            .OrderBy(r => r.Level).ThenBy(r => r.DisplayName)
            .Select(r => new MemberRating(r.DisplayName, r.Level, r.Comment))
            .ToListAsync(cancellationToken);
        Spread = RatingSpread.Of(Ratings.Select(r => r.Level), Math.Max(1, Levels.Count));
        Consensus = await db.ConsensusRatings.Where(c => c.CycleId == id && c.IndicatorId == indicatorId)
            .Select(c => new ConsensusInfo(c.Level, c.Notes, c.UpdatedBy, c.UpdatedAt)).FirstOrDefaultAsync(cancellationToken);
        EvidenceRows = await db.Evidence.Where(e => e.CycleId == id && e.IndicatorId == indicatorId)
            .OrderBy(e => e.AddedAt)
            .Select(e => new EvidenceRow(
                e.Id, e.Kind, e.Note, e.Url, e.FileName, e.Size,
                e.SchoolMetric == null ? null : e.SchoolMetric.Measure!.Name + ", " + e.SchoolMetric.SchoolYear!.Name,
                e.SchoolMetric == null ? null : e.SchoolMetric.Value,
                e.AddedBy, e.AddedAt))
            .ToListAsync(cancellationToken);
        var priorities = await db.CyclePriorities.Where(p => p.CycleId == id).Select(p => p.IndicatorId).ToListAsync(cancellationToken);
        PriorityCount = priorities.Count;
        IsPriority = priorities.Contains(indicatorId);
        if (cycle.SchoolId is { } schoolId)
        {
            Metrics = (await db.SchoolMetrics.Where(m => m.SchoolId == schoolId)
                    .OrderByDescending(m => m.SchoolYear!.StartsOn).ThenBy(m => m.Measure!.Name)
                    .Select(m => new { m.Id, Measure = m.Measure!.Name, Year = m.SchoolYear!.Name, m.Value })
                    .ToListAsync(cancellationToken))
                .Select(m => (m.Id, $"{m.Measure}, {m.Year}: {m.Value.ToString("0.##", CultureInfo.InvariantCulture)}"))
                .ToList();
        }
        return true;
    }

    public string LabelOf(int level) => Levels.FirstOrDefault(l => l.Value == level)?.Label ?? level.ToString(CultureInfo.InvariantCulture);

    public sealed record IndicatorInfo(Guid Id, string Code, string Text, string? Description, string? Citation, string Domain);
    public sealed record MemberRating(string Name, int Level, string? Comment);
    public sealed record ConsensusInfo(int Level, string? Notes, string UpdatedBy, DateTimeOffset UpdatedAt);
    public sealed record EvidenceRow(
        Guid Id, EvidenceKind Kind, string? Note, string? Url, string? FileName, long? Size, string? Metric, double? MetricValue,
        string AddedBy, DateTimeOffset AddedAt);
}
