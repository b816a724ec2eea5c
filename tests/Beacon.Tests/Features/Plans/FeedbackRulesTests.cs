using Beacon.Web.Features.Notifications;
using Beacon.Web.Features.Plans.Feedback;

namespace Beacon.Tests.Features.Plans;

public class FeedbackRulesTests
{
    [Fact]
    public void State_FollowsTheLatestStep()
    {
        Assert.Equal(ApprovalState.Draft, PlanApproval.State([]));
        Assert.Equal(ApprovalState.Returned, PlanApproval.State([ApprovalAction.Submitted, ApprovalAction.Returned]));
        Assert.Equal(ApprovalState.Approved, PlanApproval.State([ApprovalAction.Submitted, ApprovalAction.Returned, ApprovalAction.Submitted, ApprovalAction.Approved]));
    }

    [Theory]
    [InlineData(ApprovalState.Draft, ApprovalAction.Submitted, true)]
    [InlineData(ApprovalState.Draft, ApprovalAction.Approved, false)]
    [InlineData(ApprovalState.Submitted, ApprovalAction.Submitted, false)]
    [InlineData(ApprovalState.Submitted, ApprovalAction.Returned, true)]
    [InlineData(ApprovalState.Submitted, ApprovalAction.Approved, true)]
    [InlineData(ApprovalState.Returned, ApprovalAction.Approved, false)]
    [InlineData(ApprovalState.Returned, ApprovalAction.Submitted, true)]
    [InlineData(ApprovalState.Approved, ApprovalAction.Submitted, true)]
    [InlineData(ApprovalState.Approved, ApprovalAction.Returned, false)]
    public void Allows_OnlyTheStepsOfTheReview(ApprovalState state, ApprovalAction action, bool allowed) =>
        Assert.Equal(allowed, PlanApproval.Allows(state, action));

    [Fact]
    public void Digest_IsDueOncePerPeriod()
    {
        var now = new DateTimeOffset(2026, 2, 15, 12, 0, 0, TimeSpan.Zero);
        Assert.False(DigestSchedule.IsDue(DigestChoice.EachItem, null, now));
        Assert.True(DigestSchedule.IsDue(DigestChoice.Daily, null, now));
        Assert.False(DigestSchedule.IsDue(DigestChoice.Daily, now.AddHours(-23), now));
        Assert.True(DigestSchedule.IsDue(DigestChoice.Daily, now.AddDays(-1), now));
        Assert.False(DigestSchedule.IsDue(DigestChoice.Weekly, now.AddDays(-6), now));
        Assert.True(DigestSchedule.IsDue(DigestChoice.Weekly, now.AddDays(-7), now));
    }
}
