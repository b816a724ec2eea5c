namespace Beacon.Web.Mail;

/// <summary>
/// One mail waiting to go out, or sent, or given up on. Written in the same SaveChanges (or
/// transaction) as the change that causes it, and sent by <see cref="OutboxSender"/> from a job,
/// so a mail server that is down never fails or undoes the change.
/// </summary>
/// <remarks>
/// System-level, not <c>IDistrictOwned</c>: mails are queued where no district is in scope (an
/// anonymous password reset, the system administrator creating a district) and sent by a job that
/// works for every district. <see cref="DistrictId"/> records whose mail it is, so the health page
/// can show a district administrator their own district's mail and nothing else.
/// </remarks>
public class OutboxMail : Data.Interceptors.INotAudited
{
    public Guid Id { get; set; }
    public Guid? DistrictId { get; set; }

    /// <summary>The mailing this mail is one of (a survey's invitations or reminders), so its progress can be counted; null for single mails.</summary>
    public Guid? BatchId { get; set; }
    public required string ToAddress { get; set; }
    public required string ToName { get; set; }
    public required string Subject { get; set; }

    /// <summary>The body, dropped once the mail is sent: it can hold a reset or survey link.</summary>
    public string? HtmlBody { get; set; }

    public OutboxStatus Status { get; set; }
    public DateTimeOffset QueuedAt { get; set; }

    /// <summary>When the mail is due: its next try, or, while <see cref="OutboxStatus.Sending"/>, the end of the sender's claim.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the last try began (while it runs) or ended; a failed mail's next try is this plus the policy's wait.</summary>
    public DateTimeOffset? LastAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set by the claiming UPDATE; only the sender holding it may mark the mail sent or failed.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

public enum OutboxStatus
{
    Queued,
    Sending,
    Sent,
    Failed,
}

/// <summary>A mail to queue: who gets it, what it says, and the district whose mail it is (null for system mail).</summary>
public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string HtmlBody, Guid? DistrictId, Guid? BatchId = null);
