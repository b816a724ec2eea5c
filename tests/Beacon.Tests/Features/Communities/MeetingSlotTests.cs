using Beacon.Web.Features.Communities;
using CsCheck;

namespace Beacon.Tests.Features.Communities;

public class MeetingSlotTests
{
    private static readonly MeetingRule SecondTuesday =
        new(MeetingFrequency.Monthly, DayOfWeek.Tuesday, 2, new TimeOnly(16, 0), 75, new DateOnly(2026, 9, 1), null);

    [Fact]
    public void DateRefusal_SecondTuesday_AcceptedAndTheMondayBeforeRefused()
    {
        Assert.Null(MeetingSlot.DateRefusal(SecondTuesday, [], new DateOnly(2026, 12, 8)));
        Assert.Contains("no meeting of that series falls on Monday 7 December 2026",
            MeetingSlot.DateRefusal(SecondTuesday, [], new DateOnly(2026, 12, 7)), StringComparison.Ordinal);
    }

    [Fact]
    public void DateRefusal_MovedAndCancelledMeetings_FollowTheChanges()
    {
        OccurrenceChange[] changes = [new(new DateOnly(2026, 10, 13), null), new(new DateOnly(2026, 11, 10), new DateTime(2026, 11, 12, 15, 30, 0))];

        Assert.NotNull(MeetingSlot.DateRefusal(SecondTuesday, changes, new DateOnly(2026, 10, 13)));
        Assert.NotNull(MeetingSlot.DateRefusal(SecondTuesday, changes, new DateOnly(2026, 11, 10)));
        Assert.Null(MeetingSlot.DateRefusal(SecondTuesday, changes, new DateOnly(2026, 11, 12)));
    }

    [Fact]
    public void DateRefusal_AnyDay_AcceptedExactlyOnSecondTuesdaysFromTheStart()
    {
        // A second, simpler statement of the rule: the second Tuesday is the Tuesday among days 8 to 14.
        Gen.Int[-60, 900].Sample(offset =>
        {
            var date = SecondTuesday.From.AddDays(offset);
            var expected = date >= SecondTuesday.From && date.DayOfWeek == DayOfWeek.Tuesday && date.Day is >= 8 and <= 14;
            return (MeetingSlot.DateRefusal(SecondTuesday, [], date) is null) == expected;
        });
    }

    [Fact]
    public void LengthRefusal_TlcAgendaInA75MinuteSlot_RefusedNaming105And75()
    {
        var minutes = TlcTemplate.Steps.Sum(s => s.Minutes);

        Assert.Equal(105, minutes);
        Assert.Contains("takes 105 minutes but the community's meetings last 75", MeetingSlot.LengthRefusal(SecondTuesday, minutes), StringComparison.Ordinal);
        Assert.Null(MeetingSlot.LengthRefusal(SecondTuesday with { DurationMinutes = 120 }, minutes));
        Assert.Null(MeetingSlot.LengthRefusal(null, minutes));
    }
}
