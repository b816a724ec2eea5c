using Beacon.Web.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>A cycle's results: per indicator, how the team's ratings spread, the consensus, evidence and priorities.</summary>
public class CycleModel(CycleAccess access, CycleResults results) : PageModel
{
    public CycleResult Result { get; private set; } = null!;

    public CycleView Cycle => Result.Cycle;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }
        Result = await results.LoadAsync(cycle, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest();
        }
        var result = await results.LoadAsync(cycle, cancellationToken);
        var columns = new List<ExportColumn<IndicatorResult>>
        {
            new("Domain", r => $"{r.DomainCode} {r.DomainName}"),
            new("Code", r => r.Code),
            new("Indicator", r => r.Text),
            new("Ratings", r => r.Spread.Total),
        };
        columns.AddRange(result.Levels.Select(l => new ExportColumn<IndicatorResult>($"Rated {l.Value} ({l.Label})", r => r.Spread.CountAt(l.Value))));
        columns.AddRange(
        [
            new("Consensus level", r => r.Consensus),
            new("Consensus", r => r.Consensus is null ? null : result.LabelOf(r.Consensus)),
            new("Consensus notes", r => r.ConsensusNotes),
            new("Evidence items", r => r.Evidence),
            new("Priority", r => r.Priority ? "Yes" : "No"),
        ]);
        var file = TableExport.Create(result.Indicators, columns, exportFormat, $"self-assessment-{cycle.Id:N}");
        return File(file.Content, file.ContentType, file.FileName);
    }

    public string SpreadText(RatingSpread spread) =>
        spread.Total == 0
            ? "No ratings yet"
            : string.Join(", ", Result.Levels.Where(l => spread.CountAt(l.Value) > 0).Select(l => $"{l.Label}: {spread.CountAt(l.Value)}"));
}
