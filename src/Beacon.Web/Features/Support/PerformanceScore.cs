namespace Beacon.Web.Features.Support;

/// <summary>One measure's value for a school in a year, with the way the measure points.</summary>
public sealed record MeasureValue(Guid MeasureId, double Value, bool HigherIsBetter)
{
    /// <summary>
    /// The value turned so that higher is always better. Measures are percentages (0–100) in every
    /// district template, so a lower-is-better measure such as chronic absence reads as 100 − value.
    /// </summary>
    public double Oriented => HigherIsBetter ? Value : 100 - Value;
}

/// <summary>The district's weighted performance score of one school in one year.</summary>
public static class PerformanceScore
{
    /// <summary>
    /// The weighted mean of the measures present, each turned so higher is better. A measure missing
    /// that year drops out and the other weights are rescaled, so one missing survey does not sink a
    /// school; with no weighted measure present there is no score (null), never a zero.
    /// </summary>
    public static double? Compute(IEnumerable<MeasureValue> values, IReadOnlyDictionary<Guid, double> weights)
    {
        double total = 0, weightSum = 0;
        foreach (var value in values)
        {
            if (weights.TryGetValue(value.MeasureId, out var weight) && weight > 0)
            {
                total += weight * value.Oriented;
                weightSum += weight;
            }
        }
        return weightSum > 0 ? Math.Round(total / weightSum, 1) : null;
    }
}
