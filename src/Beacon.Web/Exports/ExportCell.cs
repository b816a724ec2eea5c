using System.Globalization;

namespace Beacon.Web.Exports;

/// <summary>
/// Turns a row's value into what a cell may hold: a number, a boolean, or culture-independent text
/// that has passed the <see cref="FormulaGuard"/>. Everything that is not a number becomes text
/// first, so no other type can slip a formula past the guard.
/// </summary>
public static class ExportCell
{
    public static object? From(object? value) => value switch
    {
        null => null,
        byte or sbyte or short or ushort or int or uint or long or ulong or decimal => value,
        double d => double.IsFinite(d) ? d : null,
        float f => float.IsFinite(f) ? (double)f : null,
        bool => value,
        DateTimeOffset moment => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => FormulaGuard.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
