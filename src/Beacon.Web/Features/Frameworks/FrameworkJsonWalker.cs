using System.Text.Json;
using System.Text.RegularExpressions;
using static Beacon.Web.Features.Frameworks.FrameworkLimits;

namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// Walks a parsed framework file and collects one problem per thing wrong, each at its JSON path.
/// Keeps going after a problem so a person fixes the whole file in one pass.
/// </summary>
internal sealed partial class FrameworkJsonWalker
{
    public static readonly string[] FrameworkKeys = ["$schema", "formatVersion", "name", "description", "rubric", "domains"];
    public static readonly string[] LevelKeys = ["level", "label", "description"];
    public static readonly string[] DomainKeys = ["code", "name", "description", "indicators"];
    public static readonly string[] IndicatorKeys = ["code", "text", "description", "citation"];

    private readonly Dictionary<string, string> _indicatorCodes = new(StringComparer.OrdinalIgnoreCase);

    public List<FrameworkProblem> Problems { get; } = [];

    public FrameworkDocument? ReadFramework(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Add("$", $"must be one JSON object {{ … }} describing a framework, but is {KindOf(root)}.");
            return null;
        }
        CheckKeys(root, "$", FrameworkKeys);
        OptionalString(root, "$", "$schema", 2000);
        CheckFormatVersion(root);
        var name = RequiredString(root, "$", "name", NameLength, "Give the framework a name.");
        var description = OptionalString(root, "$", "description", DescriptionLength);
        var rubric = ReadRubric(root);
        var domains = ReadDomains(root);
        return new FrameworkDocument { Name = name ?? "", Description = description, Rubric = rubric, Domains = domains };
    }

    private void CheckFormatVersion(JsonElement root)
    {
        if (!root.TryGetProperty("formatVersion", out var version))
        {
            Add("$.formatVersion", $"is missing. Add \"formatVersion\": {FormatVersion}.");
        }
        else if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != FormatVersion)
        {
            Add("$.formatVersion", $"is {version.GetRawText()}, but this Beacon reads format version {FormatVersion} only. Export the framework again from a current Beacon.");
        }
    }

    private List<RubricLevelDocument> ReadRubric(JsonElement root)
    {
        var items = RequiredArray(root, "$", "rubric",
            "Give the rubric 2 to 7 levels from lowest to highest, for example not yet evident, emerging, developing, embedded.");
        if (items is null)
        {
            return [];
        }
        if (items.Value.GetArrayLength() is var count and (< MinLevels or > MaxLevels))
        {
            Add("$.rubric", $"has {count} level{(count == 1 ? "" : "s")}; a rubric needs {MinLevels} to {MaxLevels}. Add or remove levels.");
        }
        var levels = new List<RubricLevelDocument>();
        var labels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var item in items.Value.EnumerateArray())
        {
            var path = $"$.rubric[{index}]";
            index++;
            if (!IsObject(item, path, "a level like { \"level\": 1, \"label\": \"Emerging\" }"))
            {
                continue;
            }
            CheckKeys(item, path, LevelKeys);
            var value = RequiredLevelNumber(item, path, expected: index);
            var label = RequiredString(item, path, "label", LabelLength, "Give every level a short label.");
            var description = OptionalString(item, path, "description", LevelDescriptionLength);
            if (label is not null && !labels.TryAdd(label, index))
            {
                Add($"{path}.label", $"\"{label}\" is already the label of level {labels[label]}; give each level its own label.");
            }
            levels.Add(new RubricLevelDocument(value ?? index, label ?? "", description));
        }
        return levels;
    }

    private int? RequiredLevelNumber(JsonElement item, string path, int expected)
    {
        if (!item.TryGetProperty("level", out var level))
        {
            Add($"{path}.level", $"is missing. Number the levels 1, 2, 3… from lowest to highest; this one is {expected}.");
            return null;
        }
        if (level.ValueKind != JsonValueKind.Number || !level.TryGetInt32(out var value))
        {
            Add($"{path}.level", $"must be a whole number, but is {KindOf(level)}.");
            return null;
        }
        if (value != expected)
        {
            Add($"{path}.level", $"is {value} but should be {expected}: number the levels 1, 2, 3… in order from lowest to highest, with no gaps or repeats.");
        }
        return value;
    }

    private List<DomainDocument> ReadDomains(JsonElement root)
    {
        var items = RequiredArray(root, "$", "domains", "Add at least one domain (a standard or characteristic) with its indicators.");
        if (items is null)
        {
            return [];
        }
        var count = items.Value.GetArrayLength();
        if (count == 0)
        {
            Add("$.domains", "is empty. Add at least one domain (a standard or characteristic) with its indicators.");
        }
        else if (count > MaxDomains)
        {
            Add("$.domains", $"has {count} domains; a framework may have at most {MaxDomains}.");
        }
        var domains = new List<DomainDocument>();
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var item in items.Value.EnumerateArray())
        {
            var path = $"$.domains[{index++}]";
            if (!IsObject(item, path, "a domain like { \"code\": \"1\", \"name\": \"…\", \"indicators\": [ … ] }"))
            {
                continue;
            }
            CheckKeys(item, path, DomainKeys);
            var code = Code(item, path, codes, "domain");
            var name = RequiredString(item, path, "name", NameLength, "Give every domain a name.");
            var description = OptionalString(item, path, "description", DescriptionLength);
            var indicators = ReadIndicators(item, path);
            domains.Add(new DomainDocument(code ?? "", name ?? "", description) { Indicators = indicators });
        }
        var total = domains.Sum(d => d.Indicators.Count);
        if (total > MaxIndicators)
        {
            Add("$.domains", $"hold {total} indicators in all; a framework may have at most {MaxIndicators}. Split it into two frameworks.");
        }
        return domains;
    }

    private List<IndicatorDocument> ReadIndicators(JsonElement domain, string domainPath)
    {
        var items = RequiredArray(domain, domainPath, "indicators", "Give every domain at least one indicator.");
        if (items is null)
        {
            return [];
        }
        var count = items.Value.GetArrayLength();
        if (count == 0)
        {
            Add($"{domainPath}.indicators", "is empty. Give every domain at least one indicator, or remove the domain.");
        }
        else if (count > MaxIndicatorsPerDomain)
        {
            Add($"{domainPath}.indicators", $"has {count} indicators; a domain may have at most {MaxIndicatorsPerDomain}.");
        }
        var indicators = new List<IndicatorDocument>();
        var index = 0;
        foreach (var item in items.Value.EnumerateArray())
        {
            var path = $"{domainPath}.indicators[{index++}]";
            if (!IsObject(item, path, "an indicator like { \"code\": \"1.1\", \"text\": \"…\" }"))
            {
                continue;
            }
            CheckKeys(item, path, IndicatorKeys);
            var code = Code(item, path, _indicatorCodes, "indicator");
            var text = RequiredString(item, path, "text", TextLength, "Say in one sentence what the team rates.");
            var description = OptionalString(item, path, "description", DescriptionLength);
            var citation = OptionalString(item, path, "citation", CitationLength);
            indicators.Add(new IndicatorDocument(code ?? "", text ?? "", description, citation));
        }
        return indicators;
    }

    private string? Code(JsonElement item, string path, Dictionary<string, string> seen, string what)
    {
        var code = RequiredString(item, path, "code", CodeLength, $"Give every {what} a short code such as 2.3.");
        if (code is null)
        {
            return null;
        }
        if (!CodeRegex().IsMatch(code))
        {
            Add($"{path}.code", $"\"{code}\" is not a valid code: use up to {CodeLength} letters, digits, dots, dashes or underscores, starting with a letter or digit (for example 2.3).");
        }
        else if (!seen.TryAdd(code, path))
        {
            Add($"{path}.code", $"\"{code}\" is already used by another {what} (at {seen[code]}); every {what} needs its own code.");
        }
        return code;
    }

    private void CheckKeys(JsonElement item, string path, string[] allowed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            var at = $"{path}{Member(property.Name)}";
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Add(at, $"is not a known key here. Allowed keys: {string.Join(", ", allowed)} (names are case-sensitive).");
            }
            else if (!seen.Add(property.Name))
            {
                Add(at, "appears twice in the same object; keep only one.");
            }
        }
    }

    private string? RequiredString(JsonElement item, string path, string key, int maxLength, string hint)
    {
        if (!item.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Add($"{path}.{key}", $"is missing. {hint}");
            return null;
        }
        return Text(value, $"{path}.{key}", maxLength, required: true, hint);
    }

    private string? OptionalString(JsonElement item, string path, string key, int maxLength) =>
        item.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null
            ? Text(value, $"{path}{Member(key)}", maxLength, required: false, "")
            : null;

    private string? Text(JsonElement value, string path, int maxLength, bool required, string hint)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Add(path, $"must be text in double quotes, but is {KindOf(value)}.");
            return null;
        }
        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                Add(path, $"is empty. {hint}");
            }
            return null;
        }
        if (text.Length > maxLength)
        {
            Add(path, $"is {text.Length} characters long; at most {maxLength} are allowed. Shorten it.");
        }
        return text;
    }

    private JsonElement? RequiredArray(JsonElement item, string path, string key, string hint)
    {
        if (!item.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Add($"{path}.{key}", $"is missing. {hint}");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Add($"{path}.{key}", $"must be a list in square brackets [ … ], but is {KindOf(value)}.");
            return null;
        }
        return value;
    }

    private bool IsObject(JsonElement item, string path, string example)
    {
        if (item.ValueKind == JsonValueKind.Object)
        {
            return true;
        }
        Add(path, $"must be {example}, but is {KindOf(item)}.");
        return false;
    }

    private void Add(string path, string message) => Problems.Add(new FrameworkProblem(path, message));

    private static string Member(string key) =>
        MemberRegex().IsMatch(key) ? $".{key}" : $"['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    [GeneratedRegex(CodePattern)]
    private static partial Regex CodeRegex();

    [GeneratedRegex("^[$A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex MemberRegex();
}
