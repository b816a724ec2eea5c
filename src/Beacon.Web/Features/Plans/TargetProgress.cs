namespace Beacon.Web.Features.Plans;

/// <summary>Where a measure stands against its target in one year.</summary>
public enum Standing
{
    /// <summary>No actual result for the year yet.</summary>
    NoActual,

    /// <summary>An actual, but no target to compare it with.</summary>
    NoTarget,

    Met,

    /// <summary>Short of the target, but better than the baseline.</summary>
    Improving,

    /// <summary>Short of the target and no better than the baseline (or no baseline to show progress).</summary>
    NotMet,
}

/// <summary>Compares an actual with its target, in the direction the measure improves.</summary>
public static class TargetProgress
{
    public static Standing Assess(double? actual, double? target, double? baseline, bool higherIsBetter)
    {
        if (actual is not { } a)
        {
            return Standing.NoActual;
        }
        if (target is not { } t)
        {
            return Standing.NoTarget;
        }
        if (AtLeastAsGood(a, t, higherIsBetter))
        {
            return Standing.Met;
        }
        return baseline is { } b && Better(a, b, higherIsBetter) ? Standing.Improving : Standing.NotMet;
    }

    public static string Label(Standing standing) => standing switch
    {
        Standing.NoActual => "No result yet",
        Standing.NoTarget => "No target",
        Standing.Met => "Target met",
        Standing.Improving => "Improving, target not met",
        Standing.NotMet => "Target not met",
        _ => standing.ToString(),
    };

    private static bool AtLeastAsGood(double value, double than, bool higherIsBetter) =>
        higherIsBetter ? value >= than : value <= than;

    private static bool Better(double value, double than, bool higherIsBetter) =>
        higherIsBetter ? value > than : value < than;
}
