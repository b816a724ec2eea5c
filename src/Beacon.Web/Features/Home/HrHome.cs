using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>Human resources' figures: the equity headline and the schools with vacancies in the latest school year.</summary>
public sealed record HrFigures(EquityHeadline? Equity, string? Year, int SchoolsWithVacancies, decimal Vacancies, IReadOnlyList<(Guid Id, string Name, decimal Vacancies)> MostVacancies);

/// <summary>The HR home: the equity report's headline and staffing alerts (vacancies). A fixed number of statements.</summary>
public sealed class HrHome(BeaconDbContext db, EquityQuery equity)
{
    public async Task<HrFigures> LoadAsync(CancellationToken cancellationToken)
    {
        var headline = await EquityHeadline.LoadAsync(db, equity, cancellationToken);
        var year = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Select(y => new { y.Id, y.Name }).FirstOrDefaultAsync(cancellationToken);
        if (year is null)
        {
            return new HrFigures(headline, null, 0, 0, []);
        }
        // Decimal sums are done here: SQLite has no decimal type to sum or order by. One row per school and kind of post.
        var positions = await db.StaffingPositions.Where(p => p.SchoolYearId == year.Id)
            .Select(p => new { p.SchoolId, p.Vacancies })
            .ToListAsync(cancellationToken);
        var bySchool = positions.GroupBy(p => p.SchoolId)
            .Select(g => new { SchoolId = g.Key, Vacancies = g.Sum(p => p.Vacancies) })
            .Where(s => s.Vacancies > 0)
            .ToList();
        var top = bySchool.OrderByDescending(s => s.Vacancies).Take(HomeLimits.Listed).Select(s => s.SchoolId).ToList();
        var names = await db.Schools.Where(s => top.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var most = bySchool.Where(s => names.ContainsKey(s.SchoolId)).Select(s => new { Id = s.SchoolId, Name = names[s.SchoolId], s.Vacancies }).ToList();
        var totals = new { Schools = bySchool.Count, Vacancies = bySchool.Sum(s => s.Vacancies) };
        return new HrFigures(headline, year.Name, totals.Schools, totals.Vacancies,
            most.OrderByDescending(s => s.Vacancies).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => (s.Id, s.Name, s.Vacancies)).ToList());
    }

    public static HomeView Present(HrFigures f)
    {
        var equity = f.Equity is { } e
            ? new HomeItem("equity", e.Text, "/Staffing/Equity", null, e.Detail, e.Widened ? HomeTone.Attention : HomeTone.Plain)
            : new HomeItem("equity", "No staffing recorded yet to compare schools", "/Staffing/Equity");
        var alerts = new List<HomeItem>();
        if (f.Year is not null)
        {
            alerts.Add(new HomeItem("vacancies", f.SchoolsWithVacancies == 0 ? $"No vacancies recorded for {f.Year}" : $"{Plural.Of(f.SchoolsWithVacancies, "school")} with vacancies in {f.Year}",
                "/Staffing/Equity", f.SchoolsWithVacancies,
                f.Vacancies > 0 ? $"{f.Vacancies.ToString("0.#", CultureInfo.InvariantCulture)} FTE vacant in all" : null,
                f.SchoolsWithVacancies > 0 ? HomeTone.Attention : HomeTone.Good));
            alerts.AddRange(f.MostVacancies.Select(s => new HomeItem("school-vacancies", s.Name, $"/Staffing/School/{s.Id}", null,
                $"{s.Vacancies.ToString("0.#", CultureInfo.InvariantCulture)} FTE vacant", HomeTone.Attention)));
        }
        return new HomeView("hr", "Staffing",
        [
            new HomeSection("equity", "Equity report", [equity], ""),
            new HomeSection("alerts", "Staffing alerts", alerts, "No school year has been recorded yet: import staffing to see vacancies."),
        ]);
    }
}
