using Beacon.Web.Features.Mentoring;
using CsCheck;

namespace Beacon.Tests.Features.Mentoring;

public class MilestoneRulesTests
{
    private static readonly Gen<DateOnly> Day = Gen.Int[0, 3_000].Select(d => new DateOnly(2025, 1, 1).AddDays(d));

    [Theory]
    [InlineData("2026-09-01", 10, "2026-09-15")] // Tuesday + 10 school days: two weeks later
    [InlineData("2026-09-04", 1, "2026-09-07")] // Friday + 1: Monday
    [InlineData("2026-09-05", 0, "2026-09-07")] // a Saturday start counts from Monday
    [InlineData("2026-09-05", 3, "2026-09-10")]
    public void AddSchoolDays_Examples_SkipWeekends(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            MilestoneRules.AddSchoolDays(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void AddSchoolDays_AnyStartAndCount_EqualsCountingWeekdaysOneByOne() =>
        Gen.Select(Day, Gen.Int[0, 400]).Sample((start, days) =>
        {
            var day = start;
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                day = day.AddDays(1);
            }
            for (var left = days; left > 0; left--)
            {
                do
                {
                    day = day.AddDays(1);
                }
                while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            }
            Assert.Equal(day, MilestoneRules.AddSchoolDays(start, days));
        });

    [Theory]
    [InlineData("First meeting", "Planning", true)]
    [InlineData("First visit", "Planning", true)]
    [InlineData("Observation cycle", "observation cycle ", true)]
    [InlineData("Observation cycle", "Planning", false)]
    public void MetBy_MeetingOrFocusNamed_MeetsIt(string milestone, string focus, bool met) =>
        Assert.Equal(met, MilestoneRules.MetBy(milestone, focus));

    [Fact]
    public void ReminderDue_ThreeSchoolDaysBeforeUnmetUnreminded_Once()
    {
        var due = new DateOnly(2026, 9, 15); // Tuesday: the window opens on Thursday the 10th
        Assert.False(MilestoneRules.ReminderDue(due, null, null, new DateOnly(2026, 9, 9)));
        Assert.True(MilestoneRules.ReminderDue(due, null, null, new DateOnly(2026, 9, 10)));
        Assert.True(MilestoneRules.ReminderDue(due, null, null, new DateOnly(2026, 9, 20)));
        Assert.False(MilestoneRules.ReminderDue(due, new DateOnly(2026, 9, 8), null, new DateOnly(2026, 9, 10)));
        Assert.False(MilestoneRules.ReminderDue(due, null, DateTimeOffset.UnixEpoch, new DateOnly(2026, 9, 10)));
    }

    [Fact]
    public void ReminderFrom_AnyDueDate_ThreeSchoolDaysBeforeAndAtMostAWeek() =>
        Day.Sample(due =>
        {
            var from = MilestoneRules.ReminderFrom(due);
            Assert.InRange(due.DayNumber - from.DayNumber, MilestoneRules.ReminderLeadSchoolDays, 7);
            Assert.True(from.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        });
}
