using System.Globalization;

namespace Beacon.Web.Features.Support;

public sealed record SchoolChoice(Guid Id, string Name);

/// <summary>The model of _SchoolOptions: the schools to offer in a select and the one chosen.</summary>
public sealed record SchoolOptions(IEnumerable<SchoolChoice> Choices, Guid? Selected);

/// <summary>Formatting the support pages share.</summary>
public static class SupportFormat
{
    public static string Score(double? score) => score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—";

    public static string Money(decimal amount) => ClusterRules.Money(amount);

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string When(DateTimeOffset at) => at.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
}
