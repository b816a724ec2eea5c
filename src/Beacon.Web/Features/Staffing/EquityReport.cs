namespace Beacon.Web.Features.Staffing;

/// <summary>One school's staffing in a year, as FTE sums counted in the database.</summary>
public sealed record SchoolStaffing(
    Guid SchoolId,
    string Name,
    double? PovertyPercent,
    int? Enrollment,
    double TeacherFte,
    double InexperiencedFte,
    double IneffectiveFte,
    double UncertifiedFte,
    double HighlyEffectiveFte,
    double SupportFte,
    double OutOfFieldFte = 0);

/// <summary>The figures of one poverty quartile; shares are of teacher FTE, from 0 to 1.</summary>
public sealed record QuartileFigures(
    int Quartile,
    int Schools,
    double MinPoverty,
    double MaxPoverty,
    double TeacherFte,
    double InexperiencedShare,
    double IneffectiveShare,
    double UncertifiedShare,
    double HighlyEffectiveShare,
    double OutOfFieldShare,
    double? PupilsPerTeacher,
    double? SupportStaffPer100Pupils);

/// <summary>The highest-poverty quartile's share minus the lowest's, in percentage points.</summary>
public sealed record EquityGap(double Inexperienced, double Ineffective, double Uncertified, double HighlyEffective, double OutOfField = 0);

public sealed record EquityReport(IReadOnlyList<QuartileFigures> Quartiles, IReadOnlyList<UnrankedSchool> Unranked, EquityGap? Gap)
{
    /// <summary>
    /// Groups schools into poverty quartiles and sums their staffing. Shares are weighted by FTE,
    /// so a half-time teacher counts half; a quartile with no teachers shows zero shares.
    /// </summary>
    public static EquityReport Build(IReadOnlyList<SchoolStaffing> schools) => Build(schools, PovertySplit(schools));

    public static QuartileSplit PovertySplit(IEnumerable<SchoolStaffing> schools) =>
        PovertyQuartiles.Split(schools.Select(s => new SchoolPoverty(s.SchoolId, s.Name, s.PovertyPercent)));

    /// <summary>The report over quartiles ranked some other way, e.g. by the need index; the range columns then hold that figure.</summary>
    public static EquityReport Build(IReadOnlyList<SchoolStaffing> schools, QuartileSplit split)
    {
        var bySchool = schools.ToDictionary(s => s.SchoolId);
        var quartiles = split.Ranked
            .GroupBy(r => r.Quartile)
            .OrderBy(g => g.Key)
            .Select(g => Figures(g.Key, g.Select(r => bySchool[r.SchoolId]).ToList(), g.Min(r => r.PovertyPercent), g.Max(r => r.PovertyPercent)))
            .ToList();
        var lowest = quartiles.FirstOrDefault(q => q.Quartile == 1);
        var highest = quartiles.FirstOrDefault(q => q.Quartile == 4);
        var gap = lowest is null || highest is null
            ? null
            : new EquityGap(
                Points(highest.InexperiencedShare - lowest.InexperiencedShare),
                Points(highest.IneffectiveShare - lowest.IneffectiveShare),
                Points(highest.UncertifiedShare - lowest.UncertifiedShare),
                Points(highest.HighlyEffectiveShare - lowest.HighlyEffectiveShare),
                Points(highest.OutOfFieldShare - lowest.OutOfFieldShare));
        return new EquityReport(quartiles, split.Unranked, gap);
    }

    /// <summary>The figures of any group of schools, e.g. a quartile or one school.</summary>
    public static QuartileFigures Figures(int quartile, IReadOnlyList<SchoolStaffing> schools, double minPoverty, double maxPoverty)
    {
        var teachers = schools.Sum(s => s.TeacherFte);
        double Share(Func<SchoolStaffing, double> part) => teachers > 0 ? schools.Sum(part) / teachers : 0;
        var withEnrollment = schools.Where(s => s.Enrollment is > 0).ToList();
        var pupils = withEnrollment.Sum(s => s.Enrollment!.Value);
        var teachersWithPupils = withEnrollment.Sum(s => s.TeacherFte);
        return new QuartileFigures(
            quartile,
            schools.Count,
            minPoverty,
            maxPoverty,
            teachers,
            Share(s => s.InexperiencedFte),
            Share(s => s.IneffectiveFte),
            Share(s => s.UncertifiedFte),
            Share(s => s.HighlyEffectiveFte),
            Share(s => s.OutOfFieldFte),
            teachersWithPupils > 0 ? pupils / teachersWithPupils : null,
            pupils > 0 ? withEnrollment.Sum(s => s.SupportFte) * 100 / pupils : null);
    }

    private static double Points(double shareDifference) => Math.Round(shareDifference * 100, 1);
}
