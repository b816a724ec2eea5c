using Beacon.Web.Features.SelfAssessment;

namespace Beacon.Tests.Features.SelfAssessment;

public class PriorityLimitTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void RefusalToAdd_FewerThanThree_Allowed(int priorities)
    {
        Assert.Null(PriorityLimit.RefusalToAdd(priorities, alreadyPriority: false));
    }

    [Fact]
    public void RefusalToAdd_FourthPriority_RefusedWithWhatToDo()
    {
        var refusal = PriorityLimit.RefusalToAdd(3, alreadyPriority: false);

        Assert.NotNull(refusal);
        Assert.Contains("Remove one", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusalToAdd_MarkingAnExistingPriorityAgainAtTheLimit_Allowed()
    {
        Assert.Null(PriorityLimit.RefusalToAdd(3, alreadyPriority: true));
    }

    [Fact]
    public void RefusalToClose_NoPriority_Refused()
    {
        Assert.NotNull(PriorityLimit.RefusalToClose(0));
        Assert.Null(PriorityLimit.RefusalToClose(1));
    }
}
