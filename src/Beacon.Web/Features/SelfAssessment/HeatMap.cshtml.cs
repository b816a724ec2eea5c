using Beacon.Web.Data;
using Beacon.Web.Exports;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>Schools side by side on one framework: a heat map of each school's latest closed consensus, with the same data as a table.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class HeatMapModel(BeaconDbContext db, HeatMapQuery query) : PageModel
{
    public HeatMap? Map { get; private set; }
    public Guid? FrameworkId { get; private set; }
    public string? FrameworkName { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Frameworks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? framework, CancellationToken cancellationToken)
    {
        if (framework is not { } id)
        {
            Frameworks = (await db.Frameworks.Where(f => f.Adopted).OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken))
                .Select(f => (f.Id, f.Name)).ToList();
            return Page();
        }
        FrameworkId = id;
        Map = await query.LoadAsync(id, cancellationToken);
        if (Map is null)
        {
            // Only when the map is empty: tell "no such framework" from "no schools yet".
            FrameworkName = await db.Frameworks.Where(f => f.Id == id).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken);
            return FrameworkName is null ? NotFound() : Page();
        }
        FrameworkName = Map.Framework;
        return Page();
    }

    /// <summary>The heat map as a table: one row per school, one column per indicator, levels as numbers.</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid? framework, string? format, CancellationToken cancellationToken)
    {
        if (framework is not { } id || !ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest();
        }
        if (await query.LoadAsync(id, cancellationToken) is not { } map)
        {
            return NotFound();
        }
        var columns = new List<ExportColumn<HeatRow>> { new("School", r => r.School), new("Cycle", r => r.Cycle) };
        columns.AddRange(map.Indicators.Select((indicator, n) => new ExportColumn<HeatRow>(indicator.Code, r => r.Cells[n].Level)));
        var file = TableExport.Create(map.Schools, columns, exportFormat, "heat-map");
        return File(file.Content, file.ContentType, file.FileName);
    }
}
