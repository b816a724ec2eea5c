using Beacon.Web.Features.Mentoring;
using Beacon.Web.Features.Mentoring.Matching;

namespace Beacon.Tests.Features.Mentoring;

public class MilestonePlanTests
{
    [Fact]
    public void Parse_DaysAndNames_InOrderOfDays()
    {
        var (steps, errors) = MilestonePlan.Parse("60: Observation cycle\r\n10: First meeting\n\n");
        Assert.Empty(errors);
        Assert.Equal([new MilestoneStep(10, "First meeting"), new MilestoneStep(60, "Observation cycle")], steps);
    }

    [Fact]
    public void Parse_LineWithoutDaysOrTooFar_NamesTheLine()
    {
        var (_, errors) = MilestonePlan.Parse("First meeting\n999: Later");
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Line 1 (\"First meeting\")", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Line 2", errors[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProgrammeKind.Induction)]
    [InlineData(ProgrammeKind.TurnaroundCoaching)]
    [InlineData(ProgrammeKind.PeerMentoring)]
    public void Default_EveryKind_Parses(ProgrammeKind kind) =>
        Assert.Empty(MilestonePlan.Parse(MilestonePlan.Default(kind)).Errors);
}
