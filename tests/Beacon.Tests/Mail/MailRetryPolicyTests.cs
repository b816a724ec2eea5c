using Beacon.Web.Mail;
using CsCheck;

namespace Beacon.Tests.Mail;

public class MailRetryPolicyTests
{
    private static readonly MailRetryPolicy Policy = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), 10);

    [Fact]
    public void DelayAfter_FirstTries_DoublesFromTheFirstRetry() =>
        Assert.Equal(
            [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8)],
            Enumerable.Range(1, 4).Select(Policy.DelayAfter));

    [Fact]
    public void DelayAfter_ManyTries_StopsAtTheMaximum()
    {
        Assert.Equal(TimeSpan.FromHours(1), Policy.DelayAfter(7));
        Assert.Equal(TimeSpan.FromHours(1), Policy.DelayAfter(int.MaxValue));
    }

    [Fact]
    public void GivesUpAfter_OnlyFromTheMaximumAttempts()
    {
        Assert.False(Policy.GivesUpAfter(9));
        Assert.True(Policy.GivesUpAfter(10));
    }

    [Fact]
    public void DelayAfter_AnyPolicyAndAttempt_NeverShrinksAndStaysWithinFirstAndMax() =>
        Gen.Select(Gen.Int[1, 3600], Gen.Int[1, 86_400], Gen.Int[1, 200])
            .Sample((first, extra, attempts) =>
            {
                var policy = new MailRetryPolicy(TimeSpan.FromSeconds(first), TimeSpan.FromSeconds(first + extra), 10);
                var delay = policy.DelayAfter(attempts);
                return delay >= policy.FirstRetry && delay <= policy.MaxRetry && policy.DelayAfter(attempts + 1) >= delay;
            });
}
