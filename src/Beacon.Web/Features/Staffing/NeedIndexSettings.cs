using Beacon.Web.Features.Metrics;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Staffing;

/// <summary>The district's choice of need-index weights; a district without a row uses poverty alone.</summary>
public class NeedIndexSettings : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public double PovertyWeight { get; set; } = 1;
    public double EnglishLearnerWeight { get; set; }
    public double DisabilityWeight { get; set; }
    public double ResultsWeight { get; set; }

    /// <summary>The results measure whose shortfall counts, e.g. reading proficiency.</summary>
    public Guid? ResultsMeasureId { get; set; }
    public Measure? ResultsMeasure { get; set; }

    public NeedWeights Weights => new(PovertyWeight, EnglishLearnerWeight, DisabilityWeight, ResultsWeight);
}
