using Beacon.Web.Data;

namespace Beacon.Web.Mail;

/// <summary>
/// Where every mail Beacon sends is put. Nothing is sent here: the mail is written with the change
/// that causes it, and <see cref="OutboxSender"/> sends it from a job, retrying while the mail
/// server is away.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Adds the mail to the context: it is written by the caller's next SaveChanges, with the change.</summary>
    void Enqueue(OutgoingMail mail);

    /// <summary>
    /// Writes many mails at once (a survey to 80,000 staff), in batched multi-row INSERTs inside the
    /// transaction the caller has open, so they commit or roll back with the change. Without an open
    /// transaction it opens and commits one of its own.
    /// </summary>
    Task<int> EnqueueManyAsync(IEnumerable<OutgoingMail> mails, CancellationToken cancellationToken = default);
}

public sealed class MailOutbox(BeaconDbContext db, TimeProvider clock) : IMailOutbox
{
    public void Enqueue(OutgoingMail mail) => db.Add(New(mail, clock.GetUtcNow()));

    public Task<int> EnqueueManyAsync(IEnumerable<OutgoingMail> mails, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return MultiRowInsert.InsertAsync(db, mails.Select(m => New(m, now)).ToList(), cancellationToken);
    }

    private static OutboxMail New(OutgoingMail mail, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        DistrictId = mail.DistrictId,
        BatchId = mail.BatchId,
        ToAddress = mail.ToAddress,
        ToName = Fit(mail.ToName),
        Subject = Fit(mail.Subject),
        HtmlBody = mail.HtmlBody,
        Status = OutboxStatus.Queued,
        QueuedAt = now,
        NextAttemptAt = now,
    };

    private static string Fit(string text) => Limits.Fit(text, Limits.ShortText);
}
