using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>Records each school year's staffing so that trends and retention can compare years.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class RecordsModel(BeaconDbContext db, StaffingRecorder recorder) : PageModel
{
    public sealed record YearRow(Guid Id, string Name, int Records);

    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public Guid Year { get; set; }

    [BindProperty]
    public bool ConfirmReplace { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var year = Years.FirstOrDefault(y => y.Id == Year);
        if (year is null)
        {
            return NotFound();
        }
        if (year.Records > 0 && !ConfirmReplace)
        {
            ModelState.AddModelError(nameof(ConfirmReplace), $"{year.Name} already has recorded staffing. Tick the box to replace it with today's staff.");
            return Page();
        }
        var count = await recorder.RecordAsync(year.Id, cancellationToken);
        Message = string.Create(CultureInfo.CurrentCulture, $"Recorded {count:N0} staff assignments as the staffing of {year.Name}.");
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var years = await db.SchoolYears
            .OrderByDescending(y => y.StartsOn)
            .Select(y => new { y.Id, y.Name, Records = db.StaffYearRecords.Count(r => r.SchoolYearId == y.Id) })
            .ToListAsync(cancellationToken);
        Years = years.Select(y => new YearRow(y.Id, y.Name, y.Records)).ToList();
    }
}
