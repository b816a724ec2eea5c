using System.Globalization;

namespace Beacon.Web.Features.Staffing;

/// <summary>How much each input counts in the need index; only the ratios between them matter.</summary>
public sealed record NeedWeights(double Poverty, double EnglishLearners, double Disabilities, double Results)
{
    public double Total => Poverty + EnglishLearners + Disabilities + Results;
}

/// <summary>A school's inputs in one year, as percentages from 0 to 100; null when not recorded.</summary>
public sealed record NeedInputs(Guid SchoolId, string Name, double? Poverty, double? EnglishLearners, double? Disabilities, double? Result);

/// <summary>The chosen results measure: its name for messages and whether a higher value is better.</summary>
public sealed record ResultsMeasure(string Name, bool HigherIsBetter);

public sealed record NeedScore(Guid SchoolId, string Name, double? Index, string? Reason);

/// <summary>
/// The district's need index: a weighted average of the poverty share, the English-learner share,
/// the share of students with disabilities and the shortfall in results (100 minus a result where
/// higher is better, so weaker results mean more need), each 0 to 100. An input with weight 0 is not
/// needed; a school missing an input that is needed gets no index, and the reason names what is missing.
/// </summary>
public static class NeedIndex
{
    public const string EnglishLearnerCode = "english_learner_percent";
    public const string DisabilityCode = "disability_percent";

    public static IReadOnlyList<NeedScore> Score(NeedWeights weights, ResultsMeasure? results, IEnumerable<NeedInputs> schools)
    {
        var resultsUsable = weights.Results <= 0 || results is not null;
        return schools.Select(s =>
        {
            if (weights.Total <= 0)
            {
                return new NeedScore(s.SchoolId, s.Name, null, "The need index has no weights. A district leader can set them on the need index page.");
            }
            if (!resultsUsable)
            {
                return new NeedScore(s.SchoolId, s.Name, null, "The need index counts results but no results measure is chosen. A district leader can choose one on the need index page.");
            }
            var parts = new List<(double Weight, double? Value, string Missing)>
            {
                (weights.Poverty, s.Poverty, "poverty share"),
                (weights.EnglishLearners, s.EnglishLearners, "English-learner share"),
                (weights.Disabilities, s.Disabilities, "share of students with disabilities"),
                (weights.Results, s.Result is { } r ? Shortfall(r, results!) : null, $"{results?.Name ?? "results"} result"),
            }.Where(p => p.Weight > 0).ToList();
            var missing = parts.Where(p => p.Value is null).Select(p => p.Missing).ToList();
            if (missing.Count > 0)
            {
                return new NeedScore(s.SchoolId, s.Name, null,
                    $"No {string.Join(" and no ", missing)} is recorded for this school in this year, so it has no need index. Import it with the metrics or schools template.");
            }
            var index = parts.Sum(p => p.Weight * p.Value!.Value) / parts.Sum(p => p.Weight);
            return new NeedScore(s.SchoolId, s.Name, Math.Round(index, 2), null);
        }).ToList();
    }

    /// <summary>Ranks the scored schools into need quartiles; the unscored are listed as unranked with their reason.</summary>
    public static QuartileSplit Split(IReadOnlyList<NeedScore> scores)
    {
        var split = PovertyQuartiles.Split(scores.Where(s => s.Index is not null).Select(s => new SchoolPoverty(s.SchoolId, s.Name, s.Index)), "a need index");
        var unscored = scores.Where(s => s.Index is null).Select(s => new UnrankedSchool(s.SchoolId, s.Name, s.Reason!));
        return split with { Unranked = [.. unscored, .. split.Unranked] };
    }

    /// <summary>Weights as the page shows them, e.g. "poverty 2, English learners 1".</summary>
    public static string Describe(NeedWeights weights, ResultsMeasure? results)
    {
        string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var parts = new List<string>();
        if (weights.Poverty > 0) parts.Add($"poverty {N(weights.Poverty)}");
        if (weights.EnglishLearners > 0) parts.Add($"English learners {N(weights.EnglishLearners)}");
        if (weights.Disabilities > 0) parts.Add($"students with disabilities {N(weights.Disabilities)}");
        if (weights.Results > 0) parts.Add($"{results?.Name ?? "results"} {N(weights.Results)}");
        return parts.Count == 0 ? "no weights set" : string.Join(", ", parts);
    }

    private static double Shortfall(double result, ResultsMeasure measure) =>
        Math.Clamp(measure.HigherIsBetter ? 100 - result : result, 0, 100);
}
