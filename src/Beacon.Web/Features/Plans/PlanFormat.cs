using System.Globalization;

namespace Beacon.Web.Features.Plans;

/// <summary>How plan figures read on pages, in the board report and in the PDF: invariant, so every reader sees the same.</summary>
public static class PlanFormat
{
    public static string Number(double? value, string? unit = null) =>
        value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(unit) ? "" : unit == "%" ? "%" : $" {unit}") : "—";

    public static string Money(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly? value) => value?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Method(AggregationMethod? method) => method switch
    {
        AggregationMethod.EnrollmentWeighted => "enrollment-weighted average of schools",
        AggregationMethod.SimpleAverage => "simple average of schools (some enrollment unknown)",
        AggregationMethod.Total => "total of schools",
        _ => "",
    };

    public static string Source(ActualSource source) => source switch
    {
        ActualSource.Imported => "imported",
        ActualSource.Entered => "entered",
        _ => "",
    };
}
