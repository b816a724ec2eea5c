using Beacon.Web.Data;
using Beacon.Web.Exports;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>The priorities the district and its schools chose in their latest cycles: which indicators come up most, and where.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class PrioritiesModel(BeaconDbContext db, PrioritiesQuery query) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<PrioritySummary> Summary { get; private set; } = [];
    public IReadOnlyList<PriorityRow> Rows { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Frameworks { get; private set; } = [];
    public Guid? Framework { get; private set; }
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(Guid? framework, int? p, CancellationToken cancellationToken)
    {
        Frameworks = (await db.Frameworks.OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken)).Select(f => (f.Id, f.Name)).ToList();
        if (framework is { } id && Frameworks.All(f => f.Id != id))
        {
            return NotFound();
        }
        Framework = framework;
        Summary = await query.SummaryAsync(framework, cancellationToken);
        Total = await query.CountAsync(framework, cancellationToken);
        PageNumber = Math.Clamp(p ?? 1, 1, Pages);
        Rows = await query.ListAsync(framework, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        return Page();
    }

    /// <summary>Every priority of the list (not one page of it), with the same filter.</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid? framework, string? format, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest();
        }
        var rows = await query.ListAsync(framework, 0, int.MaxValue, cancellationToken);
        var file = TableExport.Create(rows,
        [
            new ExportColumn<PriorityRow>("Framework", r => r.Framework),
            new("Code", r => r.Code),
            new("Indicator", r => r.Text),
            new("For", r => r.School ?? "The district"),
            new("Cycle", r => r.Cycle),
            new("Status", r => r.Status),
            new("Consensus level", r => r.Consensus),
            new("Consensus", r => r.ConsensusLabel),
        ], exportFormat, "priorities");
        return File(file.Content, file.ContentType, file.FileName);
    }
}
