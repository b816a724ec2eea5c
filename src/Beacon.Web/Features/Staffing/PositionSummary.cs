namespace Beacon.Web.Features.Staffing;

/// <summary>A school's posts of one kind in a year: imported vacancies and extra posts, and extra posts an allocation decision granted.</summary>
public sealed record SchoolPositions(Guid SchoolId, string Kind, decimal Vacancies, decimal Extra, decimal Allocated);

public sealed record QuartilePositions(int Quartile, decimal Vacancies, decimal Extra, decimal Allocated);

/// <summary>Adds up posts by quartile, so the report shows whether vacancies gather in the highest-need schools.</summary>
public static class PositionSummary
{
    public static IReadOnlyList<QuartilePositions> ByQuartile(QuartileSplit split, IReadOnlyList<SchoolPositions> positions)
    {
        var quartileOf = split.Ranked.ToDictionary(r => r.SchoolId, r => r.Quartile);
        return split.Ranked.Select(r => r.Quartile).Distinct().Order()
            .Select(q =>
            {
                var mine = positions.Where(p => quartileOf.GetValueOrDefault(p.SchoolId) == q).ToList();
                return new QuartilePositions(q, mine.Sum(p => p.Vacancies), mine.Sum(p => p.Extra), mine.Sum(p => p.Allocated));
            })
            .ToList();
    }
}
