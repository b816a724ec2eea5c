using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>
/// The equity report: do the highest-poverty schools get their share of experienced, effective,
/// certified teachers? Shows ratings in aggregate, so it is for district leadership only.
/// </summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class EquityModel(BeaconDbContext db, EquityQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Year { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Years { get; private set; } = [];
    public string YearName { get; private set; } = "";
    public int InexperiencedUnderYears { get; private set; }
    public EquityReport Report { get; private set; } = new([], [], null);
    public int SchoolCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var years = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Select(y => new { y.Id, y.Name }).ToListAsync(cancellationToken);
        Years = years.Select(y => (y.Id, y.Name)).ToList();
        if (Year is { } chosen && years.All(y => y.Id != chosen))
        {
            return NotFound();
        }
        Year ??= years.FirstOrDefault()?.Id;
        YearName = years.FirstOrDefault(y => y.Id == Year)?.Name ?? "current records";
        InexperiencedUnderYears = await db.Districts.Select(d => d.InexperiencedUnderYears).FirstAsync(cancellationToken);
        var schools = await query.SchoolsAsync(Year, InexperiencedUnderYears, cancellationToken);
        SchoolCount = schools.Count;
        Report = EquityReport.Build(schools);
        return Page();
    }
}
