using System.Globalization;
using Beacon.Web.Exports;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// A release of the results for the district or one school, with the same groups hidden on screen,
/// in the chart and in the export. Who sees which view: <see cref="SurveyAccess"/>; a school the
/// reader may not see answers 404, like a record of another district.
/// </summary>
public class ResultsModel(SurveyResultsQuery query, SurveyAccess access) : PageModel
{
    public SurveyResults Results { get; private set; } = null!;

    /// <summary>District leaders: links to every school and release, and to the survey's page.</summary>
    public bool SeesEverything { get; private set; }

    /// <summary>Finds schools in the district view by name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The district view's schools a page at a time: a metro district has 1,800 of them. The export has them all.</summary>
    public PageOf<GroupResult> SchoolRows { get; private set; } = null!;

    public ListLinks Links { get; private set; } = null!;

    /// <summary>The release the reader asked for, kept by the school search as the pager keeps it; null follows the latest.</summary>
    public int? AskedRelease { get; private set; }

    // "page" is also Razor Pages' own route value (the page's path), so it is read from the query string by name.
    public async Task<IActionResult> OnGetAsync(Guid id, Guid? school, int? release, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, school, release, cancellationToken) is not { } results)
        {
            return NotFound();
        }
        Results = results;
        AskedRelease = release;
        var term = Q?.Trim();
        var schools = string.IsNullOrEmpty(term)
            ? results.Schools
            : results.Schools.Where(s => s.Name.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList();
        SchoolRows = schools.ToPage(pageNumber);
        var byName = new SortOrder("name", false);
        Links = new ListLinks($"/Surveys/Results/{id}",
            [new("release", release?.ToString(CultureInfo.InvariantCulture)), new("q", term)], byName, byName);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, Guid? school, int? release, string? format, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest();
        }
        if (await LoadAsync(id, school, release, cancellationToken) is not { } results)
        {
            return NotFound();
        }
        var file = TableExport.Create(results.Rows, Columns(results), exportFormat, "survey-results");
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<SurveyResults?> LoadAsync(Guid id, Guid? school, int? release, CancellationToken cancellationToken)
    {
        SeesEverything = access.SeesEverything;
        if (school is { } schoolId)
        {
            return await access.SeesSchoolAsync(schoolId, cancellationToken) ? await query.LoadAsync(id, school, cancellationToken, release) : null;
        }
        if (SeesEverything)
        {
            return await query.LoadAsync(id, null, cancellationToken, release);
        }
        // Staff see the district's closing release: its totals and role groups, not the school-by-school rows.
        return await query.LoadAsync(id, null, cancellationToken, release, finalOnly: true) is { } results
            ? results with { Schools = [] }
            : null;
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

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
