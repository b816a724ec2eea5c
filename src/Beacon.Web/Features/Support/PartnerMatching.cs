using System.Globalization;

namespace Beacon.Web.Features.Support;

/// <summary>A school's latest value of each measure, keyed by measure id.</summary>
public sealed record SchoolProfile(Guid SchoolId, string SchoolName, IReadOnlyDictionary<Guid, MeasureValue> Values);

public sealed record MatchStrength(string MeasureName, double Supporting, double Supported);

public sealed record PartnerSuggestion(Guid SchoolId, string SchoolName, double Strength, IReadOnlyList<MatchStrength> Strengths);

/// <summary>
/// Suggests supporting schools that are strong where the supported school is weak. A measure is weak
/// where the school is below the district median; a candidate counts on that measure only when it is
/// above the median, and is ranked by how far it is ahead of the supported school across those measures.
/// </summary>
public static class PartnerMatching
{
    public static IReadOnlyList<PartnerSuggestion> Suggest(
        SchoolProfile supported,
        IReadOnlyList<SchoolProfile> district,
        IReadOnlyDictionary<Guid, string> measureNames,
        ISet<Guid> excluded,
        int take = 5)
    {
        var medians = measureNames.Keys
            .Select(id => (id, values: district.Where(s => s.Values.ContainsKey(id)).Select(s => s.Values[id].Oriented).ToList()))
            .Where(m => m.values.Count > 0)
            .ToDictionary(m => m.id, m => Median(m.values));
        var weak = supported.Values.Values
            .Where(v => medians.TryGetValue(v.MeasureId, out var median) && v.Oriented < median)
            .ToList();
        var suggestions = new List<PartnerSuggestion>();
        foreach (var candidate in district)
        {
            if (candidate.SchoolId == supported.SchoolId || excluded.Contains(candidate.SchoolId))
            {
                continue;
            }
            var strengths = weak
                .Where(w => candidate.Values.TryGetValue(w.MeasureId, out var c) && c.Oriented > medians[w.MeasureId])
                .Select(w => (w, c: candidate.Values[w.MeasureId]))
                .ToList();
            if (strengths.Count == 0)
            {
                continue;
            }
            var strength = Math.Round(strengths.Sum(s => s.c.Oriented - s.w.Oriented), 1);
            suggestions.Add(new PartnerSuggestion(candidate.SchoolId, candidate.SchoolName, strength,
                strengths.Select(s => new MatchStrength(measureNames[s.w.MeasureId], s.c.Value, s.w.Value)).ToList()));
        }
        return suggestions
            .OrderByDescending(s => s.Strength)
            .ThenBy(s => s.SchoolName, StringComparer.OrdinalIgnoreCase)
            .Take(take)
            .ToList();
    }

    public static string Describe(MatchStrength strength) =>
        $"{strength.MeasureName}: {strength.Supporting.ToString("0.0", CultureInfo.InvariantCulture)} against {strength.Supported.ToString("0.0", CultureInfo.InvariantCulture)}";

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
