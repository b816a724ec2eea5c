using Beacon.Web.Data;
using Beacon.Web.Features.Surveys.Privacy;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// One school's staffing in a year as shares of its teachers, never a person's rating: a school
/// leader sees this for their own schools only, without any share that describes fewer teachers
/// than the district's minimum group size (<see cref="SchoolShareSuppression"/>); those who see
/// ratings see every figure, for every school.
/// </summary>
[Authorize(Policy = Policies.SchoolStaffing)]
public class SchoolModel(BeaconDbContext db, EquityQuery query, SchoolScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Year { get; set; }

    public Guid SchoolId { get; private set; }
    public string SchoolName { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Name)> Years { get; private set; } = [];
    public string YearName { get; private set; } = "";
    public int InexperiencedUnderYears { get; private set; }
    public QuartileFigures Figures { get; private set; } = null!;

    /// <summary>The shares this reader may see; the others read "fewer than <see cref="MinimumGroup"/> — not shown".</summary>
    public IReadOnlySet<TeacherShare> ShownShares { get; private set; } = new HashSet<TeacherShare>();
    public int MinimumGroup { get; private set; }

    /// <summary>The school's poverty quartile in the district, or null with <see cref="UnrankedReason"/>.</summary>
    public int? Quartile { get; private set; }
    public string? UnrankedReason { get; private set; }

    /// <summary>The school's posts in the year by kind: vacancies, imported extra posts and allocated ones.</summary>
    public IReadOnlyList<SchoolPositions> Positions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var school = await db.Schools.Where(s => s.Id == id).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
        if (school is null)
        {
            return NotFound();
        }
        if (!scope.SeesRatings && !await scope.CanSeeSchoolAsync(id, cancellationToken))
        {
            return Forbid();
        }
        (SchoolId, SchoolName) = (school.Id, school.Name);
        var years = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Select(y => new { y.Id, y.Name }).ToListAsync(cancellationToken);
        Years = years.Select(y => (y.Id, y.Name)).ToList();
        if (Year is { } chosen && years.All(y => y.Id != chosen))
        {
            return NotFound();
        }
        Year ??= years.FirstOrDefault()?.Id;
        YearName = years.FirstOrDefault(y => y.Id == Year)?.Name ?? "current records";
        var district = await db.Districts.Select(d => new { d.InexperiencedUnderYears, d.SurveyMinimumRespondents }).FirstAsync(cancellationToken);
        InexperiencedUnderYears = district.InexperiencedUnderYears;
        MinimumGroup = MinimumRespondents.Effective(district.SurveyMinimumRespondents);
        ShownShares = scope.SeesRatings
            ? Enum.GetValues<TeacherShare>().ToHashSet()
            : SchoolShareSuppression.Shown(await query.TeacherCountsAsync(id, Year, InexperiencedUnderYears, cancellationToken), MinimumGroup);
        var schools = await query.SchoolsAsync(Year, InexperiencedUnderYears, cancellationToken);
        var mine = schools.Single(s => s.SchoolId == id);
        var split = EquityReport.PovertySplit(schools);
        Quartile = split.Ranked.FirstOrDefault(r => r.SchoolId == id)?.Quartile;
        UnrankedReason = split.Unranked.FirstOrDefault(u => u.SchoolId == id)?.Reason;
        Positions = (await query.PositionsAsync(Year, cancellationToken))
            .Where(p => p.SchoolId == id)
            .GroupBy(p => p.Kind, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SchoolPositions(id, g.First().Kind, g.Sum(p => p.Vacancies), g.Sum(p => p.Extra), g.Sum(p => p.Allocated)))
            .OrderBy(p => p.Kind, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Figures = EquityReport.Figures(Quartile ?? 0, [mine], mine.PovertyPercent ?? 0, mine.PovertyPercent ?? 0);
        return Page();
    }
}
