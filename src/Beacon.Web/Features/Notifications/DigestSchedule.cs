namespace Beacon.Web.Features.Notifications;

/// <summary>When a person's digest is due, and how its items are grouped.</summary>
public static class DigestSchedule
{
    /// <summary>
    /// A daily digest goes out once a day has passed since the last one, a weekly one once a week
    /// has; the first digest goes out as soon as there is something to put in it.
    /// </summary>
    public static bool IsDue(DigestChoice choice, DateTimeOffset? lastDigestAt, DateTimeOffset now) => choice switch
    {
        DigestChoice.EachItem => false,
        _ when lastDigestAt is null => true,
        DigestChoice.Daily => now - lastDigestAt.Value >= TimeSpan.FromDays(1),
        DigestChoice.Weekly => now - lastDigestAt.Value >= TimeSpan.FromDays(7),
        _ => false,
    };

    public static string Label(DigestChoice choice) => choice switch
    {
        DigestChoice.EachItem => "A mail for each notification",
        DigestChoice.Daily => "One mail a day (daily digest)",
        DigestChoice.Weekly => "One mail a week (weekly digest)",
        _ => choice.ToString(),
    };
}
