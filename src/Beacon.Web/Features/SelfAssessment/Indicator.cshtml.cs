using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// One indicator in a cycle: the team's individual ratings and comments, the consensus with its
/// evidence, and whether it is one of the cycle's priorities. The edits are <see cref="IndicatorEditor"/>'s;
/// an edit reads the page's view (<see cref="IndicatorQuery"/>) only when it shows the form again.
/// </summary>
[RequestSizeLimit(EvidenceRules.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceRules.MaxFileBytes + 1024 * 1024)]
public class IndicatorModel(BeaconDbContext db, CycleAccess access, IndicatorQuery query, IndicatorEditor editor) : PageModel
{
    private IndicatorView _view = null!;

    public CycleView Cycle { get; private set; } = null!;
    public IndicatorInfo Info { get; private set; } = null!;
    public IReadOnlyList<LevelInfo> Levels => _view.Levels;
    public IReadOnlyList<MemberRating> Ratings => _view.Ratings;
    public RatingSpread Spread => _view.Spread;
    public ConsensusInfo? Consensus => _view.Consensus;
    public IReadOnlyList<EvidenceRow> EvidenceRows => _view.EvidenceRows;
    public IReadOnlyList<(Guid Id, string Text)> Metrics => _view.Metrics;
    public bool IsPriority => _view.IsPriority;
    public int PriorityCount => _view.PriorityCount;

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
        if (!await FindAsync(id, indicatorId, cancellationToken))
        {
            return NotFound();
        }
        _view = await query.LoadAsync(Cycle, Info.Id, cancellationToken);
        ConsensusLevel = Consensus?.Level;
        ConsensusNotes = Consensus?.Notes;
        return Page();
    }

    public Task<IActionResult> OnPostConsensusAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) =>
        EditAsync(id, indicatorId, () => editor.ConsensusAsync(Cycle, Info, ConsensusLevel, ConsensusNotes, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) =>
        EditAsync(id, indicatorId, () => Task.FromResult(editor.Note(Cycle, Info, NoteText)), cancellationToken);

    public Task<IActionResult> OnPostLinkAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) =>
        EditAsync(id, indicatorId, () => Task.FromResult(editor.Link(Cycle, Info, LinkUrl, LinkNote)), cancellationToken);

    public Task<IActionResult> OnPostFileAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) =>
        EditAsync(id, indicatorId, () => editor.FileAsync(Cycle, Info, Upload, FileNote, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMetricAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) =>
        EditAsync(id, indicatorId, () => editor.MetricAsync(Cycle, Info, MetricId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRemoveEvidenceAsync(Guid id, Guid indicatorId, Guid evidenceId, CancellationToken cancellationToken) =>
        EditAsync(id, indicatorId, () => editor.RemoveEvidenceAsync(Cycle, Info, evidenceId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPriorityAsync(Guid id, Guid indicatorId, bool mark, CancellationToken cancellationToken) =>
        EditAsync(id, indicatorId, () => editor.PriorityAsync(Cycle, Info, mark, cancellationToken), cancellationToken);

    public string LabelOf(int level) => Levels.FirstOrDefault(l => l.Value == level)?.Label ?? level.ToString(CultureInfo.InvariantCulture);

    /// <summary>Refuses edits to closed cycles and to people who may not contribute, runs <paramref name="edit"/> and saves, or shows the form again with its refusal.</summary>
    private async Task<IActionResult> EditAsync(Guid id, Guid indicatorId, Func<Task<IndicatorEdit>> edit, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, indicatorId, cancellationToken))
        {
            return NotFound();
        }
        if (Cycle.IsClosed)
        {
            return await RefuseAsync(CycleEdits.ClosedMessage, cancellationToken);
        }
        if (!Cycle.CanContribute)
        {
            return Forbid();
        }
        var outcome = await edit();
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(outcome.Field, refusal);
        }
        if (outcome.Notice is not { } notice || !ModelState.IsValid)
        {
            if (outcome.Conflict)
            {
                HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            }
            _view = await query.LoadAsync(Cycle, Info.Id, cancellationToken);
            return Page();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return await RefuseAsync("Someone else on the team saved the same thing at the same moment. Check the page and try again.", cancellationToken);
        }
        Notice = notice;
        return RedirectToPage(new { id, indicatorId });
    }

    private async Task<IActionResult> RefuseAsync(string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        _view = await query.LoadAsync(Cycle, Info.Id, cancellationToken);
        return CycleEdits.Refuse(this, message);
    }

    private async Task<bool> FindAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } cycle)
        {
            return false;
        }
        Cycle = cycle;
        if (await query.FindAsync(cycle, indicatorId, cancellationToken) is not { } info)
        {
            return false;
        }
        Info = info;
        return true;
    }
}
