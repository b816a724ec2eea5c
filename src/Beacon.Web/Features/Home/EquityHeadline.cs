using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Features.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>
/// The equity report's headline for a home: the gap in inexperienced teachers between the highest- and
/// lowest-poverty quartiles in the latest school year, and how it moved since the year before.
/// </summary>
public sealed record EquityHeadline(string Year, EquityGap Gap, string? PreviousYear, EquityGap? Previous)
{
    /// <summary>Two years of <see cref="EquityQuery.SchoolsAsync"/>: a fixed number of grouped statements, whatever the district's size.</summary>
    public static async Task<EquityHeadline?> LoadAsync(BeaconDbContext db, EquityQuery query, CancellationToken cancellationToken)
    {
        var years = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Take(2).Select(y => new { y.Id, y.Name }).ToListAsync(cancellationToken);
        if (years.Count == 0)
        {
            return null;
        }
        var under = await db.Districts.Select(d => d.InexperiencedUnderYears).FirstAsync(cancellationToken);
        var latest = EquityReport.Build(await query.SchoolsAsync(years[0].Id, under, cancellationToken)).Gap;
        if (latest is null)
        {
            return null;
        }
        var previous = years.Count > 1 ? EquityReport.Build(await query.SchoolsAsync(years[1].Id, under, cancellationToken)).Gap : null;
        return new EquityHeadline(years[0].Name, latest, previous is null ? null : years[1].Name, previous);
    }

    public string Text =>
        $"Highest-poverty schools: {Points(Gap.Inexperienced)} points {(Gap.Inexperienced >= 0 ? "more" : "fewer")} inexperienced teachers than the lowest-poverty schools";

    public string Detail
    {
        get
        {
            var ineffective = $"{Points(Gap.Ineffective)} points rated ineffective, {Points(Gap.Uncertified)} uncertified ({Year})";
            if (Previous is null)
            {
                return ineffective;
            }
            var change = Math.Round(Math.Abs(Gap.Inexperienced) - Math.Abs(Previous.Inexperienced), 1);
            var trend = change switch
            {
                < 0 => $"the gap narrowed by {Points(-change)} points since {PreviousYear}",
                > 0 => $"the gap widened by {Points(change)} points since {PreviousYear}",
                _ => $"the gap is unchanged since {PreviousYear}",
            };
            return $"{ineffective}; {trend}";
        }
    }

    public bool Widened => Previous is not null && Math.Abs(Gap.Inexperienced) > Math.Abs(Previous.Inexperienced);

    private static string Points(double value) => Math.Abs(value).ToString("0.0", CultureInfo.InvariantCulture);
}
