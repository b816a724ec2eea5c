using Beacon.Web.Features.Learning;
using CsCheck;

namespace Beacon.Tests.Features.Learning;

public class ReminderRuleTests
{
    private static readonly DateTimeOffset Starts = new(2026, 9, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Due_AroundTheWindow_OnlyInsideItBeforeTheStart()
    {
        Assert.False(ReminderRule.Due(Starts, Starts.AddHours(-24).AddTicks(-1), 24));
        Assert.True(ReminderRule.Due(Starts, Starts.AddHours(-24), 24));
        Assert.True(ReminderRule.Due(Starts, Starts.AddTicks(-1), 24));
        Assert.False(ReminderRule.Due(Starts, Starts, 24));
    }

    /// <summary>Whatever the setting holds, the window is between one hour and a week.</summary>
    [Fact]
    public void Due_AnySetting_WindowClampedToOneHourToAWeek()
    {
        Gen.Select(Gen.Int[-1000, 1000], Gen.Int[0, 60 * 24 * 10]).Sample((hours, minutesBefore) =>
        {
            var now = Starts.AddMinutes(-minutesBefore);
            var window = Math.Clamp(hours, 1, 168) * 60;
            Assert.Equal(minutesBefore > 0 && minutesBefore <= window, ReminderRule.Due(Starts, now, hours));
        });
    }
}
