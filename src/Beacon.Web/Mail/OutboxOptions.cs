namespace Beacon.Web.Mail;

/// <summary>How the outbox is sent: <c>Beacon:Mail:Outbox</c> in configuration.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Beacon:Mail:Outbox";

    /// <summary>How often the send job looks for due mail.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many mails one run claims at a time.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claim holds: a node that died mid-send releases its mails after this.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxRetry { get; set; } = TimeSpan.FromHours(1);
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Sent mails are deleted after this long; the counts on the health page cover that window.</summary>
    public TimeSpan KeepSent { get; set; } = TimeSpan.FromDays(30);

    public MailRetryPolicy RetryPolicy => new(FirstRetry, MaxRetry, MaxAttempts);
}
