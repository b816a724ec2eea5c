using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Imports;

/// <summary>
/// What an uploaded file would do, checked again on every view because the district's data may
/// have changed since the upload; Confirm applies it (checking once more), Discard drops it.
/// </summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class PreviewModel(BeaconDbContext db, ImportPipeline pipeline) : PageModel
{
    public const int ProblemsPerPage = 100;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int ProblemPage { get; set; } = 1;

    public RunSummary Run { get; private set; } = null!;
    public ImportPreview? Preview { get; private set; }
    public string? Refusal { get; private set; }

    public IEnumerable<ImportProblem> ShownProblems =>
        Preview?.Problems.Skip((ProblemPage - 1) * ProblemsPerPage).Take(ProblemsPerPage) ?? [];

    public int ProblemPageCount => Math.Max(1, ((Preview?.Problems.Count ?? 0) + ProblemsPerPage - 1) / ProblemsPerPage);

    public bool ShowsFiles => Preview?.Problems.Any(p => p.File is not null) == true;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null)
        {
            return NotFound();
        }
        Run = RunSummary.From(run);
        if (run is { Status: ImportStatus.AwaitingConfirmation, Content: { } content })
        {
            Preview = await pipeline.PreviewAsync(run.Kind, run.FileName, content, cancellationToken);
            ProblemPage = Math.Clamp(ProblemPage, 1, ProblemPageCount);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await pipeline.ConfirmAsync(id, cancellationToken);
        if (result.Run is null)
        {
            return NotFound();
        }
        if (result.Applied || result.Preview is null)
        {
            return RedirectToPage(new { id });
        }
        Run = RunSummary.From(result.Run) with { Status = ImportStatus.AwaitingConfirmation };
        Preview = result.Preview;
        Refusal = result.Refusal;
        return Page();
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await pipeline.DiscardAsync(id, cancellationToken))
        {
            return RedirectToPage("Index");
        }
        return await db.ImportRuns.AnyAsync(r => r.Id == id, cancellationToken) ? RedirectToPage(new { id }) : NotFound();
    }

    public sealed record RunSummary(
        Guid Id, ImportKind Kind, string FileName, DateTimeOffset UploadedAt, string UploadedBy, ImportStatus Status,
        int Created, int Updated, int Unchanged, DateTimeOffset? AppliedAt)
    {
        public static RunSummary From(ImportRun run) =>
            new(run.Id, run.Kind, run.FileName, run.UploadedAt, run.UploadedBy, run.Status, run.Created, run.Updated, run.Unchanged, run.AppliedAt);
    }
}
