using System.Globalization;

namespace Beacon.Web.Ui;

/// <summary>
/// A count with its noun in the right number: "1 gap", "2 gaps", "0 gaps". English only for now;
/// the irregular plurals a page needs ("1 person", "3 people") are passed in.
/// </summary>
public static class Plural
{
    /// <summary>"1 gap", "2 gaps", "1,500 gaps": the count with thousands separators, then the noun.</summary>
    public static string Of(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {Noun(count, one, many)}");

    /// <summary>The noun alone, for text that prints the number itself: "school" or "schools".</summary>
    public static string Noun(int count, string one, string? many = null) => count == 1 ? one : many ?? Regular(one);

    private static string Regular(string one) =>
        one.EndsWith('y') && one.Length > 1 && !"aeiou".Contains(one[^2], StringComparison.Ordinal) ? one[..^1] + "ies"
        : one.EndsWith('s') || one.EndsWith('x') || one.EndsWith("ch", StringComparison.Ordinal) || one.EndsWith("sh", StringComparison.Ordinal) ? one + "es"
        : one + "s";
}
