using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Features.Frameworks;

/// <summary>One row of the rubric on the create and edit forms; rows left blank are dropped.</summary>
public sealed class LevelInput
{
    [Display(Name = "Label")]
    public string? Label { get; set; }

    [Display(Name = "What it means")]
    public string? Description { get; set; }
}

/// <summary>
/// What the framework forms share: turning rubric rows into levels, and showing the problems the
/// JSON rules find (the same rules an imported file meets) next to the fields they concern.
/// </summary>
public static class FrameworkForms
{
    public const int LevelRows = FrameworkLimits.MaxLevels;

    public static List<LevelInput> RowsFor(IEnumerable<RubricLevelDocument> levels)
    {
        var rows = levels.Select(l => new LevelInput { Label = l.Label, Description = l.Description }).ToList();
        while (rows.Count < LevelRows)
        {
            rows.Add(new LevelInput());
        }
        return rows;
    }

    /// <summary>The filled rows as levels 1..n, and for each level the form row it came from.</summary>
    public static (List<RubricLevelDocument> Levels, List<int> RowOf) LevelsFrom(IReadOnlyList<LevelInput> rows)
    {
        var levels = new List<RubricLevelDocument>();
        var rowOf = new List<int>();
        for (var row = 0; row < rows.Count; row++)
        {
            if (string.IsNullOrWhiteSpace(rows[row].Label) && string.IsNullOrWhiteSpace(rows[row].Description))
            {
                continue;
            }
            levels.Add(new RubricLevelDocument(levels.Count + 1, rows[row].Label?.Trim() ?? "", Clean(rows[row].Description)));
            rowOf.Add(row);
        }
        return (levels, rowOf);
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Adds each problem to the field its path names (<paramref name="fields"/>: JSON path → form key
    /// and label); a problem about anything else goes to the summary with its path.
    /// </summary>
    public static void AddProblems(ModelStateDictionary modelState, IEnumerable<FrameworkProblem> problems, IReadOnlyDictionary<string, (string Key, string Label)> fields)
    {
        foreach (var problem in problems)
        {
            if (fields.TryGetValue(problem.Path, out var field))
            {
                modelState.AddModelError(field.Key, $"{field.Label} {problem.Message}");
            }
            else
            {
                modelState.AddModelError(string.Empty, problem.ToString());
            }
        }
    }

    public static void AddLevelFields(Dictionary<string, (string Key, string Label)> fields, string prefix, IReadOnlyList<int> rowOf)
    {
        fields["$.rubric"] = ($"{prefix}", "The rubric");
        for (var level = 0; level < rowOf.Count; level++)
        {
            fields[$"$.rubric[{level}].label"] = ($"{prefix}[{rowOf[level]}].Label", $"The label of level {level + 1}");
            fields[$"$.rubric[{level}].description"] = ($"{prefix}[{rowOf[level]}].Description", $"The meaning of level {level + 1}");
        }
    }

    public static string Saved(FrameworkChange change, string what) => change switch
    {
        FrameworkChange.None => "Nothing changed.",
        FrameworkChange.NewVersion => $"{what} Saved as a new version, because self-assessment cycles use the previous one; they keep it unchanged.",
        _ => $"{what} Saved.",
    };
}
