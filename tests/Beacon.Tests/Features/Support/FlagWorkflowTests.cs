using Beacon.Web.Features.Support;

namespace Beacon.Tests.Features.Support;

public class FlagWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static SchoolFlag NewFlag() => new() { Id = Guid.NewGuid(), Reason = "Reading fell", RaisedBy = "lee" };

    [Fact]
    public void Move_ReviewedThenEscalatedThenResolved_KeepsEveryStepInHistory()
    {
        var flag = NewFlag();

        Assert.Null(FlagWorkflow.Move(flag, FlagStatus.Reviewed, "Visited; leadership churn", "lee", Now));
        Assert.Null(FlagWorkflow.Move(flag, FlagStatus.Escalated, "Needs tier 3", "lee", Now));
        Assert.Null(FlagWorkflow.Move(flag, FlagStatus.Resolved, "Partnership in place", "lee", Now));

        Assert.Equal(FlagStatus.Resolved, flag.Status);
        Assert.Equal([FlagStatus.Reviewed, FlagStatus.Escalated, FlagStatus.Resolved], flag.Events.Select(e => e.Status));
    }

    [Fact]
    public void Move_ResolveBeforeReview_IsRefusedAndNamesTheNextStep()
    {
        var flag = NewFlag();

        var error = FlagWorkflow.Move(flag, FlagStatus.Resolved, "fine", "lee", Now);

        Assert.Equal("A flag that is open cannot be marked resolved. Next: reviewed.", error);
        Assert.Equal(FlagStatus.Open, flag.Status);
        Assert.Empty(flag.Events);
    }

    [Fact]
    public void Move_WithoutNote_IsRefused()
    {
        var flag = NewFlag();

        Assert.NotNull(FlagWorkflow.Move(flag, FlagStatus.Reviewed, "  ", "lee", Now));
        Assert.Equal(FlagStatus.Open, flag.Status);
    }

    [Fact]
    public void Move_ResolvedFlag_CannotMoveAgain()
    {
        var flag = NewFlag();
        flag.Status = FlagStatus.Resolved;

        Assert.Contains("Raise a new flag", FlagWorkflow.Move(flag, FlagStatus.Escalated, "again", "lee", Now));
    }
}
