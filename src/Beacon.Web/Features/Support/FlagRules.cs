using System.Globalization;

namespace Beacon.Web.Features.Support;

/// <summary>A school's performance scores across the district's years, oldest first; null where a year has no score.</summary>
public sealed record SchoolScores(Guid SchoolId, string SchoolName, IReadOnlyList<double?> Scores)
{
    public double? Latest => Scores.Count > 0 ? Scores[^1] : null;
}

/// <summary>The district's rule settings: a null threshold, zero decline years or a zero share turns that rule off.</summary>
public sealed record FlagRuleSettings(double? Threshold, int DeclineYears, double BottomSharePercent);

public sealed record RaisedFlag(Guid SchoolId, string SchoolName, FlagRule Rule, string Reason);

/// <summary>
/// The three data rules that flag a school early: a latest score under the district's threshold, a
/// score that fell in each of the last N years, and a place in the bottom share of the district.
/// </summary>
public static class FlagRules
{
    public static IReadOnlyList<RaisedFlag> Apply(IReadOnlyList<SchoolScores> schools, FlagRuleSettings settings) =>
        [.. BelowThreshold(schools, settings.Threshold), .. Declining(schools, settings.DeclineYears), .. BottomShare(schools, settings.BottomSharePercent)];

    /// <summary>Schools whose latest score is under the threshold; a school without a latest score is not judged.</summary>
    public static IEnumerable<RaisedFlag> BelowThreshold(IEnumerable<SchoolScores> schools, double? threshold)
    {
        if (threshold is not { } limit)
        {
            yield break;
        }
        foreach (var school in schools)
        {
            if (school.Latest is { } score && score < limit)
            {
                yield return new RaisedFlag(school.SchoolId, school.SchoolName, FlagRule.BelowThreshold,
                    $"Score {F(score)} is below the district's threshold of {F(limit)}.");
            }
        }
    }

    /// <summary>
    /// Schools whose score fell in each of the last <paramref name="years"/> years. Every year of the
    /// window must have a score: a gap is not evidence of decline, so such a school is not flagged.
    /// </summary>
    public static IEnumerable<RaisedFlag> Declining(IEnumerable<SchoolScores> schools, int years)
    {
        if (years < 1)
        {
            yield break;
        }
        foreach (var school in schools)
        {
            if (school.Scores.Count < years + 1)
            {
                continue;
            }
            var window = school.Scores.Skip(school.Scores.Count - years - 1).ToList();
            if (window.Any(s => s is null))
            {
                continue;
            }
            var fell = window.Zip(window.Skip(1), (before, after) => after < before).All(f => f);
            if (fell)
            {
                yield return new RaisedFlag(school.SchoolId, school.SchoolName, FlagRule.Decline,
                    $"Score fell in each of the last {years} {(years == 1 ? "year" : "years")}, from {F(window[0]!.Value)} to {F(window[^1]!.Value)}.");
            }
        }
    }

    /// <summary>
    /// The lowest-scoring share of the schools that have a latest score (at least one school). A
    /// school tied with the last one inside the share is flagged too: two schools with the same score
    /// are never treated differently, so ties can take the count past the share.
    /// </summary>
    public static IEnumerable<RaisedFlag> BottomShare(IEnumerable<SchoolScores> schools, double sharePercent)
    {
        var scored = schools.Where(s => s.Latest is not null).OrderBy(s => s.Latest).ToList();
        if (sharePercent <= 0 || scored.Count == 0)
        {
            yield break;
        }
        var count = Math.Clamp((int)Math.Ceiling(scored.Count * Math.Min(sharePercent, 100) / 100), 1, scored.Count);
        var cutoff = scored[count - 1].Latest!.Value;
        foreach (var school in scored.TakeWhile(s => s.Latest <= cutoff))
        {
            var rank = 1 + scored.Count(s => s.Latest < school.Latest);
            yield return new RaisedFlag(school.SchoolId, school.SchoolName, FlagRule.BottomShare,
                $"Score {F(school.Latest!.Value)} ranks {rank} of {scored.Count} from the bottom: in the district's lowest {F(sharePercent)}%.");
        }
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
