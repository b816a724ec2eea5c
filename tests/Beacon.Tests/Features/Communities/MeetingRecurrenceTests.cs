using Beacon.Web.Features.Communities;

namespace Beacon.Tests.Features.Communities;

public class MeetingRecurrenceTests
{
    private static readonly MeetingRule SecondTuesday =
        new(MeetingFrequency.Monthly, DayOfWeek.Tuesday, 2, new TimeOnly(16, 0), 75, new DateOnly(2026, 9, 1), null);

    [Fact]
    public void SeriesDates_MonthlySecondTuesday_OnePerMonthOnTheSecondTuesday()
    {
        var dates = MeetingRecurrence.SeriesDates(SecondTuesday, new DateOnly(2026, 12, 31)).ToList();

        Assert.Equal([new(2026, 9, 8), new(2026, 10, 13), new(2026, 11, 10), new(2026, 12, 8)], dates);
    }

    [Fact]
    public void SeriesDates_LastFriday_FindsTheLastOneOfEachMonth()
    {
        var rule = SecondTuesday with { Day = DayOfWeek.Friday, WeekOfMonth = MeetingRule.LastWeek };

        var dates = MeetingRecurrence.SeriesDates(rule, new DateOnly(2026, 10, 31)).ToList();

        Assert.Equal([new(2026, 9, 25), new(2026, 10, 30)], dates);
    }

    [Fact]
    public void SeriesDates_Fortnightly_EveryOtherWeekFromTheFirstMatchingDay()
    {
        var rule = SecondTuesday with { Frequency = MeetingFrequency.Fortnightly, Day = DayOfWeek.Thursday, Until = new DateOnly(2026, 10, 1) };

        var dates = MeetingRecurrence.SeriesDates(rule, new DateOnly(2027, 1, 1)).ToList();

        Assert.Equal([new(2026, 9, 3), new(2026, 9, 17), new(2026, 10, 1)], dates);
    }

    [Fact]
    public void Between_CancelledAndMovedMeetings_SkipsTheCancelledAndUsesTheNewTime()
    {
        OccurrenceChange[] changes =
        [
            new(new DateOnly(2026, 10, 13), null),
            new(new DateOnly(2026, 11, 10), new DateTime(2026, 11, 12, 15, 30, 0)),
        ];

        var occurrences = MeetingRecurrence.Between(SecondTuesday, new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31), changes);

        Assert.Equal(
            [new DateTime(2026, 9, 8, 16, 0, 0), new DateTime(2026, 11, 12, 15, 30, 0), new DateTime(2026, 12, 8, 16, 0, 0)],
            occurrences.Select(o => o.Start));
        Assert.True(occurrences[1].Moved);
    }

    [Fact]
    public void Between_MeetingMovedIntoTheWindowFromOutside_IsIncluded()
    {
        OccurrenceChange[] changes = [new(new DateOnly(2026, 12, 8), new DateTime(2026, 11, 30, 16, 0, 0))];

        var occurrences = MeetingRecurrence.Between(SecondTuesday, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), changes);

        Assert.Equal([new DateTime(2026, 11, 10, 16, 0, 0), new DateTime(2026, 11, 30, 16, 0, 0)], occurrences.Select(o => o.Start));
    }

    [Theory]
    [InlineData(2026, 2, DayOfWeek.Monday, 1, 2)]
    [InlineData(2026, 2, DayOfWeek.Saturday, 4, 28)]
    [InlineData(2026, 3, DayOfWeek.Tuesday, 5, 31)]
    public void NthWeekday_KnownMonths_GivesTheRightDay(int year, int month, DayOfWeek day, int n, int expectedDay) =>
        Assert.Equal(new DateOnly(year, month, expectedDay), MeetingRecurrence.NthWeekday(year, month, day, n));
}
