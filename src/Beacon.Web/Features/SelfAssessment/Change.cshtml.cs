using Beacon.Web.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>Year over year: each indicator's consensus in this cycle beside the previous cycle of the same framework and scope.</summary>
public class ChangeModel(CycleAccess access, CycleComparison comparison) : PageModel
{
    public CycleChange Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }
        Result = await comparison.CompareAsync(cycle, cancellationToken);
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
        var r = await comparison.CompareAsync(cycle, cancellationToken);
        var file = TableExport.Create(r.Changes,
        [
            new ExportColumn<IndicatorChange>("Code", c => c.Code),
            new("Indicator", c => c.Text),
            new("Previous cycle", _ => r.Previous?.Name),
            new("Previous level", c => c.Previous),
            new("Previous consensus", c => c.Previous is null ? null : r.Label(c.Previous, r.PreviousLevels)),
            new("This cycle", _ => cycle.Name),
            new("Level", c => c.Current),
            new("Consensus", c => c.Current is null ? null : r.Label(c.Current, r.Levels)),
            new("Change in levels", c => c.Change),
        ], exportFormat, $"change-{cycle.Id:N}");
        return File(file.Content, file.ContentType, file.FileName);
    }

    public static string Describe(int? change) => change switch
    {
        null => "—",
        > 0 => $"Up {Ui.Plural.Of(change.Value, "level")}",
        < 0 => $"Down {Ui.Plural.Of(-change.Value, "level")}",
        _ => "No change",
    };
}
