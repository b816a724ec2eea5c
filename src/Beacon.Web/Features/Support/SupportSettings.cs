using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Support;

/// <summary>
/// The district's thresholds for flagging schools. One row per district at most; until a leader saves
/// it, <see cref="Defaults"/> apply.
/// </summary>
public class SupportSettings : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public double? Threshold { get; set; }
    public int DeclineYears { get; set; }
    public double BottomSharePercent { get; set; }

    public static SupportSettings Defaults() => new() { Threshold = 50, DeclineYears = 2, BottomSharePercent = 10 };

    public FlagRuleSettings Rules => new(Threshold, DeclineYears, BottomSharePercent);
}

/// <summary>
/// How much one measure counts in the performance score. A measure without a row weighs 1, except
/// enrollment and poverty, which describe a school rather than its performance and weigh 0.
/// </summary>
public class MeasureWeight : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid MeasureId { get; set; }
    public double Weight { get; set; }
}
