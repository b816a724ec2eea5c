using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Mail;

/// <summary>
/// Sends the outbox's due mails. Each run claims a batch with one conditional UPDATE (only rows
/// still queued, or whose earlier claim has run out, are taken, and each gets this run's token), so
/// two nodes running at once never send the same mail. A sent mail loses its body; a failed try is
/// recorded (attempts, last error) and retried after a doubling wait, until the policy gives up.
/// </summary>
public sealed class OutboxSender(BeaconDbContext db, IMailSender transport, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxSender> logger)
{
    /// <summary>Sends due mail until none is left or <paramref name="maxBatches"/> batches are done; returns how many went out.</summary>
    public async Task<int> SendDueAsync(int maxBatches = 20, CancellationToken cancellationToken = default)
    {
        var sent = 0;
        for (var batch = 0; batch < maxBatches; batch++)
        {
            var claimed = await ClaimAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }
            foreach (var mail in claimed)
            {
                sent += await SendOneAsync(mail, cancellationToken) ? 1 : 0;
            }
        }
        return sent;
    }

    /// <summary>Deletes sent mail older than <see cref="OutboxOptions.KeepSent"/>.</summary>
    public Task<int> ForgetOldAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow() - options.Value.KeepSent;
        return db.Set<OutboxMail>().Where(m => m.Status == OutboxStatus.Sent && m.SentAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<List<OutboxMail>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var mails = db.Set<OutboxMail>();
        var due = await mails
            .Where(m => (m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Sending) && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }
        var token = Guid.NewGuid();
        var until = now + settings.ClaimFor;
        // The condition is checked again by the UPDATE itself: a row another node claimed since the
        // SELECT is no longer due, so it is not taken twice.
        await mails
            .Where(m => due.Contains(m.Id)
                        && (m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Sending)
                        && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.ClaimToken, token)
                .SetProperty(m => m.NextAttemptAt, until)
                .SetProperty(m => m.LastAttemptAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        return await mails.AsNoTracking().Where(m => m.ClaimToken == token).ToListAsync(cancellationToken);
    }

    private async Task<bool> SendOneAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        var mine = db.Set<OutboxMail>().Where(m => m.Id == mail.Id && m.ClaimToken == mail.ClaimToken);
        try
        {
            await transport.SendAsync(mail.ToAddress, mail.ToName, mail.Subject, mail.HtmlBody ?? "", cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var policy = options.Value.RetryPolicy;
            var error = $"{exception.GetType().Name}: {exception.Message}";
            error = Limits.Fit(error, Limits.Paragraph);
            var givenUp = policy.GivesUpAfter(mail.Attempts);
            var failedAt = clock.GetUtcNow();
            var next = failedAt + (givenUp ? TimeSpan.Zero : policy.DelayAfter(mail.Attempts));
            logger.LogWarning("Mail {MailId} failed on try {Attempt}: {Error}{Outcome}", mail.Id, mail.Attempts, error,
                givenUp ? "; given up" : $"; next try at {next:O}");
            await mine.ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, givenUp ? OutboxStatus.Failed : OutboxStatus.Queued)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.LastAttemptAt, failedAt)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.ClaimToken, (Guid?)null), CancellationToken.None);
            return false;
        }
        var sentAt = clock.GetUtcNow();
        await mine.ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SentAt, sentAt)
            .SetProperty(m => m.LastAttemptAt, sentAt)
            .SetProperty(m => m.HtmlBody, (string?)null)
            .SetProperty(m => m.ClaimToken, (Guid?)null), CancellationToken.None);
        return true;
    }
}
