namespace Beacon.Web.Features.Staffing;

/// <summary>A school's poverty share in one year, as the quartile split sees it.</summary>
public sealed record SchoolPoverty(Guid SchoolId, string Name, double? PovertyPercent);

public sealed record QuartileAssignment(Guid SchoolId, string Name, double PovertyPercent, int Quartile);

public sealed record UnrankedSchool(Guid SchoolId, string Name, string Reason);

public sealed record QuartileSplit(IReadOnlyList<QuartileAssignment> Ranked, IReadOnlyList<UnrankedSchool> Unranked);

/// <summary>
/// Splits schools into poverty quartiles, 1 the lowest poverty and 4 the highest. Schools with the
/// same poverty share always land in the same quartile (placed by their average rank), so the
/// quartiles can differ in size by more than one when there are ties. A school with no poverty
/// figure is listed as unranked with the reason, and with fewer than four ranked schools there are
/// no quartiles at all: every school is unranked, and the reason says why.
/// </summary>
public static class PovertyQuartiles
{
    public const int MinimumSchools = 4;

    /// <param name="figure">What the schools are ranked by, for the reason when there are too few: "a poverty share" or "a need index".</param>
    public static QuartileSplit Split(IEnumerable<SchoolPoverty> schools, string figure = "a poverty share")
    {
        var all = schools.ToList();
        var unranked = all.Where(s => s.PovertyPercent is null)
            .Select(s => new UnrankedSchool(s.SchoolId, s.Name, "No poverty share is recorded for this school in this year."))
            .ToList();
        var withData = all.Where(s => s.PovertyPercent is not null)
            .OrderBy(s => s.PovertyPercent)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

        if (withData.Count < MinimumSchools)
        {
            unranked.AddRange(withData.Select(s => new UnrankedSchool(s.SchoolId, s.Name,
                $"Quartiles need at least {MinimumSchools} schools with {figure}; only {withData.Count} have one.")));
            return new QuartileSplit([], unranked);
        }

        var ranked = new List<QuartileAssignment>(withData.Count);
        var n = withData.Count;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && withData[end + 1].PovertyPercent == withData[start].PovertyPercent)
            {
                end++;
            }
            var averageRank = (start + end) / 2.0;
            var quartile = Math.Min(4, (int)Math.Floor(averageRank * 4 / n) + 1);
            for (var i = start; i <= end; i++)
            {
                ranked.Add(new QuartileAssignment(withData[i].SchoolId, withData[i].Name, withData[i].PovertyPercent!.Value, quartile));
            }
            start = end + 1;
        }
        return new QuartileSplit(ranked, unranked);
    }
}
