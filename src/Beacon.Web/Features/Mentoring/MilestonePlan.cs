using System.Globalization;

namespace Beacon.Web.Features.Mentoring;

/// <summary>One milestone of a programme: due so many school days after a pairing starts (<see cref="MilestoneRules.AddSchoolDays"/>).</summary>
public sealed record MilestoneStep(int Days, string Name);

/// <summary>
/// A programme's milestones as the coordinator writes them, one per line: "10: First meeting". Parsing
/// answers the lines it cannot read, so the form can say which.
/// </summary>
public static class MilestonePlan
{
    public const int MaxDays = 730;

    public static (IReadOnlyList<MilestoneStep> Steps, IReadOnlyList<string> Errors) Parse(string? text)
    {
        var steps = new List<MilestoneStep>();
        var errors = new List<string>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                && days <= MaxDays && parts[1].Length > 0)
            {
                steps.Add(new MilestoneStep(days, parts[1]));
            }
            else
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Line {i + 1} (\"{lines[i]}\") is not \"days: name\" with days from 0 to {MaxDays}."));
            }
        }
        return (steps.OrderBy(s => s.Days).ToList(), errors);
    }

    /// <summary>The defaults for a new programme of each kind: what induction programmes commonly require.</summary>
    public static string Default(Matching.ProgrammeKind kind) => kind switch
    {
        Matching.ProgrammeKind.Induction => "10: First meeting\n40: First observation cycle\n100: Second observation cycle\n180: End-of-year reflection",
        Matching.ProgrammeKind.TurnaroundCoaching => "7: First visit\n45: Coaching cycle complete\n120: Progress review",
        _ => "14: First meeting\n90: Goals reviewed",
    };
}
