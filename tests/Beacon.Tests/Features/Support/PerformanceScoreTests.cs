using Beacon.Web.Features.Support;

namespace Beacon.Tests.Features.Support;

public class PerformanceScoreTests
{
    private static readonly Guid Reading = Guid.NewGuid();
    private static readonly Guid Maths = Guid.NewGuid();
    private static readonly Guid Absence = Guid.NewGuid();

    [Fact]
    public void Compute_TwoMeasuresWeighted_IsWeightedMean()
    {
        var weights = new Dictionary<Guid, double> { [Reading] = 3, [Maths] = 1 };

        var score = PerformanceScore.Compute([new(Reading, 60, true), new(Maths, 40, true)], weights);

        Assert.Equal(55, score);
    }

    [Fact]
    public void Compute_LowerIsBetterMeasure_CountsAsHundredMinusValue()
    {
        var weights = new Dictionary<Guid, double> { [Absence] = 1 };

        Assert.Equal(88, PerformanceScore.Compute([new(Absence, 12, false)], weights));
    }

    [Fact]
    public void Compute_MeasureMissingThatYear_RescalesTheOtherWeights()
    {
        var weights = new Dictionary<Guid, double> { [Reading] = 1, [Maths] = 1 };

        Assert.Equal(70, PerformanceScore.Compute([new(Reading, 70, true)], weights));
    }

    [Fact]
    public void Compute_OnlyUnweightedMeasures_HasNoScore()
    {
        var weights = new Dictionary<Guid, double> { [Reading] = 0 };

        Assert.Null(PerformanceScore.Compute([new(Reading, 70, true), new(Maths, 50, true)], weights));
    }
}
