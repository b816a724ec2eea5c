namespace Beacon.Web.Features.SelfAssessment;

/// <summary>One indicator's consensus in a cycle and in the cycle before it, matched by indicator code.</summary>
public sealed record IndicatorChange(string Code, string Text, int? Previous, int? Current, int? Change);

/// <summary>
/// Compares the consensus of two consecutive cycles on the same framework and scope. Indicators
/// are matched by code, so a new framework version still compares with the old one; a change is
/// only computed when both cycles used rubrics of the same length, since "level 3 of 4" and
/// "level 3 of 5" do not mean the same.
/// </summary>
public static class YearOverYear
{
    public sealed record Consensus(string Code, string Text, int? Level);

    public static IReadOnlyList<IndicatorChange> Compare(
        IReadOnlyList<Consensus> previous, int previousLevelCount,
        IReadOnlyList<Consensus> current, int currentLevelCount)
    {
        var comparable = previousLevelCount == currentLevelCount;
        var before = previous.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        var changes = new List<IndicatorChange>();
        foreach (var now in current)
        {
            var then = before.GetValueOrDefault(now.Code)?.Level;
            changes.Add(new IndicatorChange(now.Code, now.Text, then, now.Level,
                comparable && then is { } a && now.Level is { } b ? b - a : null));
        }
        // Indicators dropped from the framework still show, so a reader sees what was assessed before.
        var currentCodes = current.Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        changes.AddRange(previous.Where(p => !currentCodes.Contains(p.Code))
            .Select(p => new IndicatorChange(p.Code, p.Text, p.Level, null, null)));
        return changes;
    }
}
