using System.Globalization;
using Beacon.Web.Ui;
using Beacon.Web.Ui.Charts;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Favourability (the share who agree or strongly agree, as a bar's whole percentages add it up) and its
/// change from the previous survey in percentage points. No change is given unless both figures exist:
/// a group or item hidden by the privacy rule in either survey, or with no answers, has none.
/// </summary>
public static class FavourableChange
{
    /// <summary>The favourable percentage of answers 1 to 5, or null when there are none.</summary>
    public static int? Percent(IReadOnlyList<int>? chosen)
    {
        if (chosen is null || chosen.Count != 5 || chosen.Sum() == 0)
        {
            return null;
        }
        var percentages = StackedBar.Percentages(chosen);
        return percentages[3] + percentages[4];
    }

    /// <summary>Points gained (positive) or lost since <paramref name="previous"/>; null when either figure is missing.</summary>
    public static int? Points(IReadOnlyList<int>? current, IReadOnlyList<int>? previous) =>
        Percent(current) is { } now && Percent(previous) is { } before ? now - before : null;

    /// <summary>"+6 pts", "-1 pt", "0 pts"; null stays null.</summary>
    public static string? Text(int? points) => points is { } p
        ? (p > 0 ? "+" : p < 0 ? "-" : "") + Math.Abs(p).ToString(CultureInfo.InvariantCulture) + " " + Plural.Noun(Math.Abs(p), "pt")
        : null;
}
