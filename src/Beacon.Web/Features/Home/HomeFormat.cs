using System.Globalization;

namespace Beacon.Web.Features.Home;

/// <summary>Dates as the homes write them, like the rest of the product: "7 Dec 2026", "Tue 8 Dec 2026, 15:30".</summary>
public static class HomeFormat
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime local) => local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
