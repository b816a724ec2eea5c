namespace Beacon.Web.Mail;

/// <summary>
/// When a mail that could not be sent is tried again: after <see cref="FirstRetry"/>, then twice as
/// long each time up to <see cref="MaxRetry"/>; after <see cref="MaxAttempts"/> tries it has failed.
/// </summary>
public sealed record MailRetryPolicy(TimeSpan FirstRetry, TimeSpan MaxRetry, int MaxAttempts)
{
    /// <summary>The wait after the <paramref name="attempts"/>-th failed try (1 for the first).</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        // Doubling past 2^30 overflows long before any cap is reached; the cap is reached far sooner.
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var ticks = FirstRetry.Ticks * factor;
        return ticks >= MaxRetry.Ticks ? MaxRetry : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Whether a mail tried <paramref name="attempts"/> times is given up on.</summary>
    public bool GivesUpAfter(int attempts) => attempts >= MaxAttempts;
}
