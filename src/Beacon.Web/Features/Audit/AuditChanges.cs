using System.Text;
using System.Text.Json;

namespace Beacon.Web.Features.Audit;

/// <summary>One field of an audit entry: its value before and after (absent on create or delete respectively).</summary>
public sealed record FieldChange(string Field, bool HasFrom, string? From, bool HasTo, string? To)
{
    /// <summary>"Poverty percent: 41.5 → 47" for an update, "Name: Alder" for a create or delete.</summary>
    public string Describe() => (HasFrom, HasTo) switch
    {
        (true, true) => $"{AuditChanges.Humanize(Field)}: {Show(From)} → {Show(To)}",
        (false, true) => $"{AuditChanges.Humanize(Field)}: {Show(To)}",
        (true, false) => $"{AuditChanges.Humanize(Field)}: {Show(From)}",
        _ => AuditChanges.Humanize(Field),
    };

    private static string Show(string? value) => value is null || value.Length == 0 ? "(empty)" : value;
}

/// <summary>Reads the Changes JSON the audit interceptor writes: {"Field":{"from":..,"to":..}}.</summary>
public static class AuditChanges
{
    public static IReadOnlyList<FieldChange> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [Unreadable(json)];
            }
            return document.RootElement.EnumerateObject().Select(Read).ToList();
        }
        catch (JsonException)
        {
            // An entry written by an older version or by hand is still shown, just not field by field.
            return [Unreadable(json)];
        }
    }

    /// <summary>"PovertyPercent" → "Poverty percent", "StaffMember" → "Staff member".</summary>
    public static string Humanize(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    private static FieldChange Read(JsonProperty field)
    {
        if (field.Value.ValueKind != JsonValueKind.Object)
        {
            return new FieldChange(field.Name, false, null, true, Text(field.Value));
        }
        var hasFrom = field.Value.TryGetProperty("from", out var from);
        var hasTo = field.Value.TryGetProperty("to", out var to);
        return new FieldChange(field.Name, hasFrom, hasFrom ? Text(from) : null, hasTo, hasTo ? Text(to) : null);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static FieldChange Unreadable(string json) => new("Changes", false, null, true, json);
}
