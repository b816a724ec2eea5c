using System.Globalization;

namespace Beacon.Web.Features.Communities;

/// <summary>
/// Reads an agenda written one item per line as "minutes | title | kind", kind being optional:
/// "check-in" for a round where members report on their plans, "planning" for personal action planning.
/// </summary>
public static class AgendaLines
{
    public static (IReadOnlyList<AgendaStep> Steps, IReadOnlyList<string> Problems) Parse(string text)
    {
        var steps = new List<AgendaStep>();
        var problems = new List<string>();
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            var parts = lines[i].Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length < 2 || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > 240)
            {
                problems.Add($"Line {i + 1}: start with the minutes (1 to 240), then \"|\" and the title, e.g. \"10 | Starter activity\".");
                continue;
            }
            if (parts[1].Length is 0 or > 200)
            {
                problems.Add($"Line {i + 1}: give the item a title of up to 200 characters.");
                continue;
            }
            AgendaItemKind? kind = parts.Length < 3 || parts[2].Length == 0 ? AgendaItemKind.General : parts[2].ToLowerInvariant() switch
            {
                "check-in" => AgendaItemKind.CheckInRound,
                "planning" => AgendaItemKind.ActionPlanning,
                _ => null,
            };
            if (kind is null)
            {
                problems.Add($"Line {i + 1}: the kind may be left out, or be \"check-in\" or \"planning\".");
                continue;
            }
            steps.Add(new AgendaStep(parts[1], minutes, kind.Value, ""));
        }
        if (steps.Count == 0 && problems.Count == 0)
        {
            problems.Add("Write at least one agenda item.");
        }
        return (steps, problems);
    }
}
