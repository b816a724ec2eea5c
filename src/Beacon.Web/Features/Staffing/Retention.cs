using Beacon.Web.Features.Staff;

namespace Beacon.Web.Features.Staffing;

/// <summary>Who taught where in a year, as retention needs it.</summary>
public sealed record TeacherPlacement(Guid StaffMemberId, Guid SchoolId, EffectivenessRating? Rating);

public sealed record RetentionFigures(string Group, int HighlyEffective, int HighlyEffectiveStayed, int Ineffective, int IneffectiveStayed)
{
    public double? HighlyEffectiveRate => HighlyEffective > 0 ? (double)HighlyEffectiveStayed / HighlyEffective : null;
    public double? IneffectiveRate => Ineffective > 0 ? (double)IneffectiveStayed / Ineffective : null;
}

/// <summary>
/// Of the teachers rated highly effective (and, separately, ineffective) in a school one year, the
/// share still teaching in the same school the next year, by school and by poverty quartile. Rated
/// in the first year is what counts: a rating that changed in the second year does not move anyone.
/// </summary>
public static class Retention
{
    public static IReadOnlyList<RetentionFigures> BySchool(
        IReadOnlyList<TeacherPlacement> firstYear, IReadOnlyList<TeacherPlacement> nextYear, IReadOnlyDictionary<Guid, string> schoolNames) =>
        Group(firstYear, nextYear, p => schoolNames.TryGetValue(p.SchoolId, out var name) ? name : "Unknown school")
            .OrderBy(f => f.Group, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<RetentionFigures> ByQuartile(
        IReadOnlyList<TeacherPlacement> firstYear, IReadOnlyList<TeacherPlacement> nextYear, IReadOnlyDictionary<Guid, int> quartileOfSchool) =>
        Group(firstYear.Where(p => quartileOfSchool.ContainsKey(p.SchoolId)).ToList(), nextYear, p => $"Q{quartileOfSchool[p.SchoolId]}")
            .OrderBy(f => f.Group, StringComparer.Ordinal).ToList();

    private static IEnumerable<RetentionFigures> Group(
        IReadOnlyList<TeacherPlacement> firstYear, IReadOnlyList<TeacherPlacement> nextYear, Func<TeacherPlacement, string> groupOf)
    {
        var stayed = nextYear.Select(p => (p.StaffMemberId, p.SchoolId)).ToHashSet();
        return firstYear
            .DistinctBy(p => (p.StaffMemberId, p.SchoolId))
            .GroupBy(groupOf)
            .Select(g =>
            {
                var high = g.Where(p => p.Rating == EffectivenessRating.HighlyEffective).ToList();
                var low = g.Where(p => p.Rating == EffectivenessRating.Ineffective).ToList();
                return new RetentionFigures(g.Key,
                    high.Count, high.Count(p => stayed.Contains((p.StaffMemberId, p.SchoolId))),
                    low.Count, low.Count(p => stayed.Contains((p.StaffMemberId, p.SchoolId))));
            });
    }
}
