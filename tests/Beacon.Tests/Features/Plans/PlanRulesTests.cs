using Beacon.Web.Features.Plans;

namespace Beacon.Tests.Features.Plans;

public class PlanRulesTests
{
    [Theory]
    [InlineData(0, 3, true)]
    [InlineData(2, 3, true)]
    [InlineData(3, 3, false)]
    [InlineData(4, 3, false)]
    [InlineData(3, 4, true)]
    public void RefusalToAdd_ExistingGoalsAgainstLimit_RefusesOnlyAtOrAboveLimit(int existing, int limit, bool allowed)
    {
        var refusal = GoalLimit.RefusalToAdd(existing, limit);

        Assert.Equal(allowed, refusal is null);
        if (!allowed)
        {
            Assert.Contains($"({limit})", refusal);
        }
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(-1, 3)]
    [InlineData(11, 3)]
    [InlineData(1, 1)]
    [InlineData(5, 5)]
    public void Effective_DistrictSetting_FallsBackToThreeWhenOutOfRange(int setting, int expected) =>
        Assert.Equal(expected, GoalLimit.Effective(setting));

    [Theory]
    [InlineData("2026-02-14", ActionStatus.InProgress, true)]
    [InlineData("2026-02-14", ActionStatus.NotStarted, true)]
    [InlineData("2026-02-15", ActionStatus.InProgress, false)]
    [InlineData("2026-02-16", ActionStatus.NotStarted, false)]
    [InlineData("2026-02-14", ActionStatus.Complete, false)]
    [InlineData("2026-02-14", ActionStatus.Cancelled, false)]
    [InlineData(null, ActionStatus.NotStarted, false)]
    public void IsOverdue_DueDateAndStatus_OnlyPastDueAndUnfinished(string? due, ActionStatus status, bool overdue)
    {
        var today = new DateOnly(2026, 2, 15);

        Assert.Equal(overdue, ActionSchedule.IsOverdue(due is null ? null : DateOnly.Parse(due), status, today));
    }

    [Theory]
    [InlineData(null, 60.0, 50.0, true, Standing.NoActual)]
    [InlineData(55.0, null, 50.0, true, Standing.NoTarget)]
    [InlineData(60.0, 60.0, 50.0, true, Standing.Met)]
    [InlineData(65.0, 60.0, 50.0, true, Standing.Met)]
    [InlineData(55.0, 60.0, 50.0, true, Standing.Improving)]
    [InlineData(50.0, 60.0, 50.0, true, Standing.NotMet)]
    [InlineData(45.0, 60.0, 50.0, true, Standing.NotMet)]
    [InlineData(55.0, 60.0, null, true, Standing.NotMet)]
    [InlineData(8.0, 10.0, 15.0, false, Standing.Met)]
    [InlineData(12.0, 10.0, 15.0, false, Standing.Improving)]
    [InlineData(16.0, 10.0, 15.0, false, Standing.NotMet)]
    public void Assess_ActualTargetBaseline_ComparesInTheMeasuresDirection(double? actual, double? target, double? baseline, bool higherIsBetter, Standing expected) =>
        Assert.Equal(expected, TargetProgress.Assess(actual, target, baseline, higherIsBetter));

    [Fact]
    public void Combine_AllEnrollmentsKnown_WeightsByEnrollment()
    {
        var value = DistrictAggregate.Combine([new SchoolValue(80, 100), new SchoolValue(40, 300)]);

        Assert.NotNull(value);
        Assert.Equal(50, value.Value, 9);
        Assert.Equal(AggregationMethod.EnrollmentWeighted, value.Method);
        Assert.Equal(2, value.Schools);
    }

    [Fact]
    public void Combine_SomeEnrollmentUnknownOrZero_FallsBackToSimpleAverage()
    {
        var unknown = DistrictAggregate.Combine([new SchoolValue(80, 100), new SchoolValue(40, null)]);
        var zero = DistrictAggregate.Combine([new SchoolValue(80, 100), new SchoolValue(40, 0)]);

        Assert.Equal((60d, AggregationMethod.SimpleAverage), (unknown!.Value, unknown.Method));
        Assert.Equal((60d, AggregationMethod.SimpleAverage), (zero!.Value, zero.Method));
    }

    [Fact]
    public void Combine_Counts_AreTotalled()
    {
        var total = DistrictAggregate.Combine([new SchoolValue(300, 300), new SchoolValue(500, 500)], isCount: true);

        Assert.Equal((800d, AggregationMethod.Total), (total!.Value, total.Method));
    }

    [Fact]
    public void Combine_NoSchools_HasNoValue() => Assert.Null(DistrictAggregate.Combine([]));

    [Fact]
    public void Current_PlanCoveringToday_IsChosenOverLaterOne()
    {
        var plans = new[] { (Id: "old", Start: 2022, Years: 3), (Id: "now", Start: 2025, Years: 3), (Id: "next", Start: 2028, Years: 2) };
        string? Pick(DateOnly today) => PlanCalendar.Current(plans.Select(p => new Holder(p.Id, p.Start, p.Years)), p => p.Start, p => p.Years, today)?.Id;

        Assert.Equal("now", Pick(new DateOnly(2026, 2, 15)));
        Assert.Equal("now", Pick(new DateOnly(2025, 7, 1)));
        Assert.Equal("old", Pick(new DateOnly(2025, 6, 30)));
        Assert.Equal("next", Pick(new DateOnly(2035, 1, 1)));
    }

    private sealed record Holder(string Id, int Start, int Years);
}
