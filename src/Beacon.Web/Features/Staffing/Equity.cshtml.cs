using Beacon.Web.Data;
using Beacon.Web.Data.Figures;
using Beacon.Web.Exports;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// The equity report: do the highest-poverty schools get their share of experienced, effective,
/// certified teachers? Shows ratings in aggregate, so it is for those who see ratings: district
/// leadership and human resources. School leaders see their own school on <c>/Staffing/School/{id}</c>.
/// </summary>
[Authorize(Policy = Policies.StaffRatings)]
public class EquityModel(BeaconDbContext db, EquityQuery query, NeedQuery needs, FigureCache figures) : PageModel
{
    public const string ByNeed = "need";

    [BindProperty(SupportsGet = true)]
    public Guid? Year { get; set; }

    /// <summary>"need" ranks quartiles by the district's need index; anything else by poverty share.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Rank { get; set; }

    public bool RankedByNeed => Rank == ByNeed;
    public string NeedWeights { get; private set; } = "";

    public IReadOnlyList<(Guid Id, string Name)> Years { get; private set; } = [];
    public string YearName { get; private set; } = "";
    public int InexperiencedUnderYears { get; private set; }
    public EquityReport Report { get; private set; } = new([], [], null);
    public int SchoolCount { get; private set; }
    public IReadOnlyList<(string Year, EquityGap Gap)> Trend { get; private set; } = [];
    public string? NextYearName { get; private set; }
    public IReadOnlyList<RetentionFigures> RetentionByQuartile { get; private set; } = [];
    public IReadOnlyList<RetentionFigures> RetentionBySchool { get; private set; } = [];
    public IReadOnlyList<QuartilePositions> Positions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The quartile table, the gap and its trend as CSV or XLSX, for the same year as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest("Choose format=csv or format=xlsx.");
        }
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var file = TableExport.Create(EquityExport.Rows(Report, YearName, Trend), EquityExport.Columns, exportFormat, $"staffing-equity-{YearName.Replace(' ', '-')}");
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var years = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Select(y => new { y.Id, y.Name }).ToListAsync(cancellationToken);
        Years = years.Select(y => (y.Id, y.Name)).ToList();
        if (Year is { } chosen && years.All(y => y.Id != chosen))
        {
            return false;
        }
        Year ??= years.FirstOrDefault()?.Id;
        YearName = years.FirstOrDefault(y => y.Id == Year)?.Name ?? "current records";
        InexperiencedUnderYears = await db.Districts.Select(d => d.InexperiencedUnderYears).FirstAsync(cancellationToken);
        // Everything below reads every school's staffing (and, for retention, every teacher's record):
        // computed once per change to the staffing, then read from memory by every request.
        var view = await figures.GetAsync(EquityQuery.Figures, ("equity", Year, RankedByNeed, InexperiencedUnderYears),
            () => ComputeAsync(years.Select(y => y.Id).Reverse().ToList(), cancellationToken), cancellationToken);
        (NeedWeights, Report, SchoolCount, Positions, Trend) = (view.NeedWeights, view.Report, view.SchoolCount, view.Positions, view.Trend);
        (NextYearName, RetentionByQuartile, RetentionBySchool) = (view.NextYearName, view.RetentionByQuartile, view.RetentionBySchool);
        return true;
    }

    private sealed record EquityView(
        string NeedWeights,
        EquityReport Report,
        int SchoolCount,
        IReadOnlyList<QuartilePositions> Positions,
        IReadOnlyList<(string Year, EquityGap Gap)> Trend,
        string? NextYearName,
        IReadOnlyList<RetentionFigures> RetentionByQuartile,
        IReadOnlyList<RetentionFigures> RetentionBySchool);

    private async Task<EquityView> ComputeAsync(List<Guid> chronological, CancellationToken cancellationToken)
    {
        var schools = await query.SchoolsAsync(Year, InexperiencedUnderYears, cancellationToken);
        SchoolCount = schools.Count;
        if (RankedByNeed)
        {
            var settings = await needs.SettingsAsync(cancellationToken);
            NeedWeights = Staffing.NeedIndex.Describe(settings.Weights, settings.ResultsMeasure is { } m ? new ResultsMeasure(m.Name, m.HigherIsBetter) : null);
        }
        var split = await SplitAsync(Year, schools, cancellationToken);
        Report = EquityReport.Build(schools, split);
        Positions = PositionSummary.ByQuartile(split, await query.PositionsAsync(Year, cancellationToken));
        await LoadTrendAsync(chronological, cancellationToken);
        await LoadRetentionAsync(chronological.Select(id => Years.First(y => y.Id == id)).ToList(), split, schools, cancellationToken);
        return new EquityView(NeedWeights, Report, SchoolCount, Positions, Trend, NextYearName, RetentionByQuartile, RetentionBySchool);
    }

    private async Task<QuartileSplit> SplitAsync(Guid? yearId, List<SchoolStaffing> schools, CancellationToken cancellationToken) =>
        RankedByNeed ? await needs.SplitAsync(yearId, schools, cancellationToken) : EquityReport.PovertySplit(schools);

    private async Task<EquityReport> BuildAsync(Guid? yearId, List<SchoolStaffing> schools, CancellationToken cancellationToken) =>
        EquityReport.Build(schools, await SplitAsync(yearId, schools, cancellationToken));

    /// <summary>The gap in every year whose staffing was recorded, and in the latest year from today's staff.</summary>
    private async Task LoadTrendAsync(List<Guid> chronological, CancellationToken cancellationToken)
    {
        var recorded = await db.StaffYearRecords.Select(r => r.SchoolYearId).Distinct().ToListAsync(cancellationToken);
        var trend = new List<(string, EquityGap)>();
        foreach (var (id, index) in chronological.Select((id, i) => (id, i)))
        {
            if (!recorded.Contains(id) && index != chronological.Count - 1)
            {
                continue;
            }
            var report = id == Year ? Report : await BuildAsync(id, await query.SchoolsAsync(id, InexperiencedUnderYears, cancellationToken), cancellationToken);
            if (report.Gap is { } gap)
            {
                trend.Add((Years.First(y => y.Id == id).Name, gap));
            }
        }
        Trend = trend;
    }

    /// <summary>Retention from the chosen year to the next, when both years' staffing was recorded.</summary>
    private async Task LoadRetentionAsync(List<(Guid Id, string Name)> chronological, QuartileSplit split, List<SchoolStaffing> schools, CancellationToken cancellationToken)
    {
        var index = chronological.FindIndex(y => y.Id == Year);
        if (index < 0 || index + 1 >= chronological.Count)
        {
            return;
        }
        var first = await query.TeachersAsync(chronological[index].Id, cancellationToken);
        var next = await query.TeachersAsync(chronological[index + 1].Id, cancellationToken);
        if (first.Count == 0 || next.Count == 0)
        {
            return;
        }
        NextYearName = chronological[index + 1].Name;
        RetentionByQuartile = Retention.ByQuartile(first, next, split.Ranked.ToDictionary(r => r.SchoolId, r => r.Quartile));
        RetentionBySchool = Retention.BySchool(first, next, schools.ToDictionary(s => s.SchoolId, s => s.Name));
    }
}
