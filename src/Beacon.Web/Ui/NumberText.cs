using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Beacon.Web.Ui;

/// <summary>
/// Numbers typed into forms, read with the invariant culture ("42.5", "1,200"). Form fields hold
/// text so that a mistyped value gets the field's own message instead of a model-binding error.
/// </summary>
public static class NumberText
{
    public static bool TryWhole(string? text, int min, int max, out int value) =>
        int.TryParse(text?.Trim().Replace(",", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
        && value >= min && value <= max;

    public static bool TryPercent(string? text, out double value) =>
        double.TryParse(text?.Trim().TrimEnd('%').TrimEnd(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
        && value >= 0 && value <= 100;

    public static int? Whole(string? text, int min, int max) => TryWhole(text, min, max, out var value) ? value : null;

    public static double? Percent(string? text) => TryPercent(text, out var value) ? value : null;
}

/// <summary>Empty, or a whole number from Min to Max.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WholeNumberTextAttribute(int min, int max) : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || NumberText.TryWhole(text, min, max, out _);
}

/// <summary>Empty, or a percentage from 0 to 100.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PercentTextAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || NumberText.TryPercent(text, out _);
}
