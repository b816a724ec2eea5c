using System.Globalization;
using Beacon.Web.Exports;
using Beacon.Web.Identity;
using Beacon.Web.Web.Charts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Surveys;

/// <summary>Results for the district or one school, with the same groups hidden on screen, in the chart and in the export.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class ResultsModel(SurveyResultsQuery query) : PageModel
{
    public SurveyResults Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? school, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(id, school, cancellationToken) is not { } results)
        {
            return NotFound();
        }
        Results = results;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, Guid? school, string? format, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest();
        }
        if (await query.LoadAsync(id, school, cancellationToken) is not { } results)
        {
            return NotFound();
        }
        var file = TableExport.Create(results.Rows, Columns(results), exportFormat, "survey-results");
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The columns of the results table, for the screen and the export alike.</summary>
    public static IReadOnlyList<ExportColumn<GroupResult>> Columns(SurveyResults results)
    {
        var columns = new List<ExportColumn<GroupResult>>
        {
            new("Group", g => g.Kind),
            new("Name", g => g.Name),
            new("Respondents", g => g.Shown ? g.Respondents : NotEnough(results)),
            new("Mean (1-5)", g => Round(g.Mean)),
        };
        columns.AddRange(results.Standards.Select((s, n) => new ExportColumn<GroupResult>(s.Name, g => Round(g.ByStandard[n]))));
        if (results.PreviousName is not null)
        {
            columns.Add(new("Change since " + results.PreviousName, g => Round(g.Change)));
        }
        return columns;
    }

    public static string NotEnough(SurveyResults results) =>
        $"Not enough responses (fewer than {results.Disclosure.Minimum.ToString(CultureInfo.InvariantCulture)} or hidden to protect a smaller group)";

    public static string Show(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    public string Chart()
    {
        var shown = new[] { Results.Total }.Concat(Results.Roles).Where(r => r.Shown).Take(5).ToList();
        return GroupedBarChart.Render(
            $"Mean agreement by standard, {Results.SchoolName ?? "whole district"}",
            Results.Standards.Select(s => s.Code).ToList(),
            shown.Select(r => new ChartSeries(r.Name, r.ByStandard.Select(v => v ?? 0).ToList())).ToList(),
            unit: "");
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
