using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Imports.Reading;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Imports;

/// <summary>Upload a file to import, download the templates, and see the district's recent imports.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class IndexModel(BeaconDbContext db, ImportPipeline pipeline) : PageModel
{
    public const int PageSize = 20;

    // OneRoster separate files arrive together; each may be as large as one file may be.
    private const int MostFilesAtOnce = 4;

    [BindProperty]
    public ImportKind Kind { get; set; } = ImportKind.Schools;

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<RunRow> History { get; private set; } = [];
    public int TotalRuns { get; private set; }
    public int PageCount => Paging.PageCount(TotalRuns, PageSize);
    public long MaxFileBytes => pipeline.MaxFileBytes;

    public IEnumerable<SelectListItem> KindOptions =>
        ImportKinds.All.Select(k => new SelectListItem(ImportKinds.Label(k), k.ToString(), k == Kind));

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = pipeline.MaxFileBytes * MostFilesAtOnce + 1024 * 1024;
        }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadHistoryAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(Kind))
        {
            ModelState.AddModelError(nameof(Kind), "Choose what the file holds.");
        }
        var files = new List<NamedFile>();
        if (Files.Count > MostFilesAtOnce)
        {
            ModelState.AddModelError(nameof(Files), $"Choose at most {MostFilesAtOnce} files: a OneRoster set needs only manifest.csv, orgs.csv, users.csv and roles.csv.");
        }
        foreach (var file in Files.Take(MostFilesAtOnce))
        {
            await using var stream = file.OpenReadStream();
            var (content, tooLarge) = await ImportLimits.ReadAsync(stream, file.FileName, pipeline.MaxFileBytes, cancellationToken);
            if (tooLarge is not null)
            {
                ModelState.AddModelError(nameof(Files), Describe(tooLarge));
                continue;
            }
            files.Add(new NamedFile(file.FileName, content!));
        }
        if (ModelState.IsValid)
        {
            var (upload, problem) = ImportUpload.From(Kind, files, pipeline.MaxFileBytes);
            if (problem is null)
            {
                var run = await pipeline.StageAsync(Kind, upload!, cancellationToken);
                return RedirectToPage("Preview", new { id = run.Id });
            }
            ModelState.AddModelError(nameof(Files), Describe(problem));
        }
        await LoadHistoryAsync(cancellationToken);
        // The refusal is the answer to this post: a client (or a script) sees it in the status too.
        return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    public async Task<IActionResult> OnGetTemplateAsync(string kind, string format, CancellationToken cancellationToken)
    {
        if (!ImportKinds.TryParse(kind, out var importKind) || importKind == ImportKind.OneRoster || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }
        var codes = importKind == ImportKind.Metrics ? await db.Measures.Select(m => m.Code).ToListAsync(cancellationToken) : [];
        var columns = ImportTemplates.Columns(importKind, codes);
        return format == "csv"
            ? File(ImportTemplates.Csv(columns), "text/csv; charset=utf-8", ImportTemplates.FileName(importKind, ".csv"))
            : File(ImportTemplates.Xlsx(columns), ImportUpload.XlsxType, ImportTemplates.FileName(importKind, ".xlsx"));
    }

    private static string Describe(ImportProblem problem) =>
        problem.Line == ImportProblem.WholeFile ? problem.Reason : $"{problem.Where}: {problem.Reason}";

    private async Task LoadHistoryAsync(CancellationToken cancellationToken)
    {
        TotalRuns = await db.ImportRuns.CountAsync(cancellationToken);
        PageNumber = Paging.Clamp(PageNumber, TotalRuns, PageSize);
        History = await db.ImportRuns
            .OrderByDescending(r => r.UploadedAt)
            .Skip(Paging.Skip(PageNumber, PageSize))
            .Take(PageSize)
            .Select(r => new RunRow(r.Id, r.Kind, r.FileName, r.UploadedAt, r.UploadedBy, r.Status, r.Created, r.Updated, r.Unchanged))
            .ToListAsync(cancellationToken);
    }

    public sealed record RunRow(
        Guid Id, ImportKind Kind, string FileName, DateTimeOffset UploadedAt, string UploadedBy,
        ImportStatus Status, int Created, int Updated, int Unchanged);
}
