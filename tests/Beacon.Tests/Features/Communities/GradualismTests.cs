using Beacon.Web.Features.Communities;

namespace Beacon.Tests.Features.Communities;

public class GradualismTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    public void RefusalFor_FewerActiveThanLimit_Allows(int active, int limit) =>
        Assert.Null(Gradualism.RefusalFor(active, limit));

    [Fact]
    public void RefusalFor_LimitReached_ExplainsGradualismAndWhatToDoNext()
    {
        var refusal = Gradualism.RefusalFor(3, 3);

        Assert.NotNull(refusal);
        Assert.Contains("Gradualism", refusal);
        Assert.Contains("embedded or dropped", refusal);
        Assert.Contains("(3)", refusal);
    }

    [Theory]
    [InlineData(null, TechniqueStatus.Planned, true)]
    [InlineData(null, TechniqueStatus.Trying, true)]
    [InlineData(TechniqueStatus.Planned, TechniqueStatus.Trying, false)]
    [InlineData(TechniqueStatus.Trying, TechniqueStatus.Embedded, false)]
    [InlineData(TechniqueStatus.Dropped, TechniqueStatus.Trying, true)]
    [InlineData(TechniqueStatus.Embedded, TechniqueStatus.Planned, true)]
    [InlineData(TechniqueStatus.Embedded, TechniqueStatus.Dropped, false)]
    public void NeedsPlace_Transition_OnlyWhenBecomingActive(TechniqueStatus? from, TechniqueStatus to, bool expected) =>
        Assert.Equal(expected, Gradualism.NeedsPlace(from, to));
}
