using System.Globalization;

namespace Beacon.Web.Features.Audit;

/// <summary>
/// An audited value in the product's words: "Yes" for True, "7 Dec 2026" for a date, "In progress" for
/// an enum's InProgress, a record's name for its id. Values are stored as .NET wrote them (invariant culture).
/// </summary>
public static class AuditWords
{
    private static readonly string[] DateFormats = ["MM/dd/yyyy", "yyyy-MM-dd"];
    private static readonly string[] InstantFormats = ["MM/dd/yyyy HH:mm:ss zzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "MM/dd/yyyy HH:mm:ss"];

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy, HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Show(string? value, bool isEnum, AuditRecord? record)
    {
        if (value is null || value.Length == 0)
        {
            return "(empty)";
        }
        if (record is not null)
        {
            return record.Name;
        }
        if (isEnum)
        {
            return Sentence(value);
        }
        if (value is "True" or "False")
        {
            return value == "True" ? "Yes" : "No";
        }
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        }
        if (DateTimeOffset.TryParseExact(value, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.UtcDateTime.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " UTC";
        }
        return value;
    }

    /// <summary>"InProgress" → "In progress"; "OnTrack" → "On track".</summary>
    public static string Sentence(string name)
    {
        var words = AuditChanges.Humanize(name);
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
