using System.Globalization;

namespace Beacon.Web.Features.Support;

/// <summary>What the imported figures say about a milestone tied to a measure.</summary>
public enum MilestoneResult
{
    NoData,
    Met,
    NotMet,
}

/// <summary>
/// A milestone's target on one of the district's measures, for the supported school in one school
/// year, judged against the figure imported for it. A figure exactly on the target meets it.
/// </summary>
public static class MilestoneEvidence
{
    public static MilestoneResult Evaluate(double? figure, double target, bool higherIsBetter) => figure switch
    {
        null or double.NaN => MilestoneResult.NoData,
        { } value when (higherIsBetter ? value >= target : value <= target) => MilestoneResult.Met,
        _ => MilestoneResult.NotMet,
    };

    /// <summary>"Reading proficiency (%) in 2025-26: 47.5 against a target of at least 45."</summary>
    public static string Describe(string measure, string year, double? figure, double target, bool higherIsBetter) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{measure} in {year}: {(figure is { } value ? value.ToString("0.##", CultureInfo.InvariantCulture) : "no figure yet")} against a target of {(higherIsBetter ? "at least" : "at most")} {target:0.##}.");

    /// <summary>
    /// Whether a payment decision goes against the evidence: recording "met" when the figure is below
    /// target, or "not met" when it reached it. With no figure there is nothing to override.
    /// </summary>
    public static bool IsOverride(MilestoneResult? result, bool termsMet) =>
        result is MilestoneResult.Met && !termsMet || result is MilestoneResult.NotMet && termsMet;
}
