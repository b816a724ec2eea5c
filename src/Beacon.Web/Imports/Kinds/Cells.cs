using System.Globalization;
using System.Text.RegularExpressions;

namespace Beacon.Web.Imports.Kinds;

/// <summary>Rules for single cell values, shared by every import kind.</summary>
public static partial class Cells
{
    /// <summary>
    /// Whether a value would run as a formula when the data is later opened in a spreadsheet
    /// (CSV injection): it starts with =, or with + - @ followed by something that is not a number.
    /// </summary>
    public static bool LooksLikeFormula(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }
        return value[0] switch
        {
            '=' => true,
            '+' or '-' or '@' => value.Length > 1 && !IsNumber(value[1..]),
            _ => false,
        };
    }

    public static bool IsNumber(string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>A plain address: something, one @, a domain with a dot, no spaces.</summary>
    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    /// <summary>Splits a list cell ("a;b" or "a,b") into its trimmed, non-empty parts.</summary>
    public static IReadOnlyList<string> List(string value, char separator) =>
        value.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Quotes a value for a message, shortened so a long cell does not drown the reason.</summary>
    public static string Quote(string value) => value.Length > 60 ? $"'{value[..57]}…'" : $"'{value}'";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
