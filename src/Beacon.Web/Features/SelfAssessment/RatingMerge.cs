using System.Globalization;
using Beacon.Web.Data;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// How a team member's submitted rating form meets what they rated before: a level given where
/// there was none adds a rating, a different level or comment changes it, a level taken away
/// removes it; the same level and comment changes nothing. Indicators outside the cycle and
/// repeats of an indicator already in the form are ignored (the form is checked first by <see cref="Check"/>).
/// </summary>
public static class RatingMerge
{
    public sealed record Submitted(Guid IndicatorId, int? Level, string? Comment);

    public sealed record Rating(Guid IndicatorId, int Level, string? Comment);

    /// <summary>What to write: ratings to add, ratings to change (with their new level and comment), indicators whose rating goes.</summary>
    public sealed record Changes(IReadOnlyList<Rating> Added, IReadOnlyList<Rating> Changed, IReadOnlyList<Guid> Removed)
    {
        public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;
    }

    /// <summary>The form's problems, each with the field it belongs to ("" for the whole form).</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(IReadOnlyList<Submitted> form, IReadOnlySet<Guid> indicators, int levels)
    {
        var problems = new List<(string, string)>();
        for (var n = 0; n < form.Count; n++)
        {
            var input = form[n];
            if (!indicators.Contains(input.IndicatorId))
            {
                problems.Add((string.Empty, "The form names an indicator that is not in this cycle. Reload the page and rate again."));
            }
            else if (input.Level is { } level && (level < 1 || level > levels))
            {
                problems.Add(($"Ratings[{n}].Level", string.Create(CultureInfo.CurrentCulture, $"Choose one of the {levels} levels.")));
            }
            if (input.Comment?.Length > Limits.Text)
            {
                problems.Add(($"Ratings[{n}].Comment", string.Create(CultureInfo.CurrentCulture, $"Shorten the comment to at most {Limits.Text:N0} characters.")));
            }
        }
        return problems;
    }

    public static Changes Merge(IReadOnlyDictionary<Guid, Rating> held, IEnumerable<Submitted> form, IReadOnlySet<Guid> indicators)
    {
        var added = new List<Rating>();
        var changed = new List<Rating>();
        var removed = new List<Guid>();
        foreach (var input in form.Where(r => indicators.Contains(r.IndicatorId)).DistinctBy(r => r.IndicatorId))
        {
            var comment = Clean(input.Comment);
            if (held.TryGetValue(input.IndicatorId, out var rating))
            {
                if (input.Level is not { } level)
                {
                    removed.Add(input.IndicatorId);
                }
                else if (rating.Level != level || rating.Comment != comment)
                {
                    changed.Add(new Rating(input.IndicatorId, level, comment));
                }
            }
            else if (input.Level is { } level)
            {
                added.Add(new Rating(input.IndicatorId, level, comment));
            }
        }
        return new Changes(added, changed, removed);
    }

    /// <summary>A comment as it is kept: trimmed, and none when it is blank.</summary>
    public static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
