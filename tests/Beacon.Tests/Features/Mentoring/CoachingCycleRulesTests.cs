using Beacon.Web.Features.Mentoring.Coaching;
using CsCheck;

namespace Beacon.Tests.Features.Mentoring;

public class CoachingCycleRulesTests
{
    private static CoachingCycle NewCycle(DateOnly on) => new() { Goal = "Questioning", GoalSetOn = on };

    [Fact]
    public void Advance_ThreeTimes_GoesGoalObservationFeedbackFollowUpThenRefuses()
    {
        var start = new DateOnly(2026, 9, 1);
        var cycle = NewCycle(start);

        Assert.Null(CoachingCycleRules.Advance(cycle, start.AddDays(7)));
        Assert.Null(CoachingCycleRules.Advance(cycle, start.AddDays(8)));
        Assert.Null(CoachingCycleRules.Advance(cycle, start.AddDays(20)));
        var refused = CoachingCycleRules.Advance(cycle, start.AddDays(30));

        Assert.Equal((CoachingStage.FollowUp, start.AddDays(7), start.AddDays(8), start.AddDays(20)), (cycle.Stage, cycle.ObservedOn, cycle.FeedbackOn, cycle.FollowedUpOn));
        Assert.Equal("This cycle is complete; start a new one for the next goal.", refused);
    }

    [Fact]
    public void Advance_DateBeforeThePreviousStep_IsRefusedAndChangesNothing()
    {
        var cycle = NewCycle(new DateOnly(2026, 9, 10));

        var refused = CoachingCycleRules.Advance(cycle, new DateOnly(2026, 9, 9));

        Assert.Equal("The date cannot be before the cycle's previous step.", refused);
        Assert.Equal((CoachingStage.Goal, (DateOnly?)null), (cycle.Stage, cycle.ObservedOn));
    }

    [Fact]
    public void Advance_AnyDates_StagesMoveOneAtATimeAndTheirDatesNeverGoBack() =>
        Gen.Int[-10, 20].Array[0, 6].Sample(offsets =>
        {
            var start = new DateOnly(2026, 9, 1);
            var cycle = NewCycle(start);
            var day = start;
            foreach (var offset in offsets)
            {
                var before = cycle.Stage;
                var refused = CoachingCycleRules.Advance(cycle, day.AddDays(offset));
                if (refused is null)
                {
                    Assert.Equal(before + 1, cycle.Stage);
                    day = day.AddDays(offset);
                }
                else
                {
                    Assert.Equal(before, cycle.Stage);
                }
            }
            DateOnly?[] dates = [cycle.GoalSetOn, cycle.ObservedOn, cycle.FeedbackOn, cycle.FollowedUpOn];
            var reached = dates.Take((int)cycle.Stage + 1).ToList();
            Assert.All(reached, d => Assert.NotNull(d));
            Assert.All(dates.Skip((int)cycle.Stage + 1), d => Assert.Null(d));
            Assert.Equal(reached.OrderBy(d => d), reached);
        });
}
