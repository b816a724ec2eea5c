using Beacon.Web.Data;
using Beacon.Web.Exports;
using Beacon.Web.Identity;
using Beacon.Web.Ui;
using Beacon.Web.Ui.Charts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support;

/// <summary>The school performance view: every school's weighted score by year, its trend and what the district is doing about it.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class IndexModel(BeaconDbContext db, PerformanceQuery performance) : PageModel
{
    public PerformanceTable Table { get; private set; } = null!;
    public IReadOnlyList<SchoolPerformance> Rows { get; private set; } = [];
    public PageOf<SchoolPerformance> Schools { get; private set; } = null!;
    public ListLinks Links { get; } = new("/Support", [], default, default);
    public IReadOnlyDictionary<Guid, int> OpenFlags { get; private set; } = new Dictionary<Guid, int>();
    public IReadOnlyDictionary<Guid, string> Tiers { get; private set; } = new Dictionary<Guid, string>();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        // Every school is scored and ranked first: the order depends on all of them.
        Schools = Rows.ToPage(pageNumber);
    }

    /// <summary>Exactly the rows and figures of the page, as CSV or XLSX.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest("Choose format=csv or format=xlsx.");
        }
        await LoadAsync(cancellationToken);
        var rows = Rows.Select(r => new PerformanceExportRow(
            r.SchoolName, r.Scores, Trend(r.Scores), OpenFlags.GetValueOrDefault(r.SchoolId), Tiers.GetValueOrDefault(r.SchoolId) ?? "None", IsBelowThreshold(r)));
        var file = TableExport.Create(rows, PerformanceExport.Columns(Table.Years), exportFormat, "school-performance");
        return File(file.Content, file.ContentType, file.FileName);
    }

    public bool IsBelowThreshold(SchoolPerformance row) =>
        Table.Settings.Threshold is { } limit && row.Scores.Count > 0 && row.Scores[^1] is { } latest && latest < limit;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Table = await performance.LoadPerformanceAsync(cancellationToken);
        // Struggling schools first: the view exists to find them early.
        Rows = Table.Schools.OrderBy(s => s.Scores.LastOrDefault() ?? double.MaxValue).ThenBy(s => s.SchoolName, StringComparer.OrdinalIgnoreCase).ToList();
        OpenFlags = (await db.SchoolFlags.Where(f => f.Status != FlagStatus.Resolved)
                .GroupBy(f => f.SchoolId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => g.Count);
        Tiers = (await db.TierAssignments.Select(a => new { a.SchoolId, a.TierName, a.AssignedAt }).ToListAsync(cancellationToken))
            .GroupBy(a => a.SchoolId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.AssignedAt)!.TierName);
    }

    /// <summary>The row's scores as a sparkline, coloured by the latest change (the words beside it say the same).</summary>
    public static ChartDrawing TrendLine(string school, IReadOnlyList<string> years, IReadOnlyList<double?> scores) =>
        Sparkline.Build(
            $"{school}, score by year: " + string.Join(", ", years.Zip(scores, (y, s) => $"{y} {SupportFormat.Score(s)}")),
            scores,
            Change(scores) switch { > 0 => ChartColours.Good, < 0 => ChartColours.Bad, _ => ChartColours.Muted },
            v => SupportFormat.Score(v));

    /// <summary>The CSS class of the trend's words: good, bad or none.</summary>
    public static string TrendClass(IReadOnlyList<double?> scores) => Change(scores) switch { > 0 => "trend up", < 0 => "trend down", _ => "trend" };

    private static double? Change(IReadOnlyList<double?> scores) =>
        scores.Count >= 2 && scores[^1] is { } latest && scores[^2] is { } previous ? Math.Round(latest - previous, 1) : null;

    public static string Trend(IReadOnlyList<double?> scores)
    {
        if (scores.Count < 2 || scores[^1] is not { } latest || scores[^2] is not { } previous)
        {
            return "—";
        }
        var change = Math.Round(latest - previous, 1);
        return change switch
        {
            > 0 => $"up {SupportFormat.Score(change)}",
            < 0 => $"down {SupportFormat.Score(-change)}",
            _ => "no change",
        };
    }
}
