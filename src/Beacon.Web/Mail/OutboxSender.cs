using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Mail;

/// <summary>
/// Sends the outbox's due mails, each at most once as far as Beacon can know (Mail/README.md).
/// A run claims a batch with one conditional UPDATE that gives each row this run's token and a
/// lease (<see cref="OutboxOptions.ClaimFor"/>); just before each mail is sent its lease is renewed
/// by another conditional UPDATE, and a mail whose lease ran out (another node may have taken it)
/// is skipped. Each mail is marked sent (losing its body) right after the server accepts it, in a
/// statement of its own that no cancellation interrupts. A failed try is recorded and retried after
/// a doubling wait, until the policy gives up.
/// </summary>
public sealed class OutboxSender(BeaconDbContext db, IMailSender transport, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxSender> logger)
{
    /// <summary>
    /// Sends due mail until none is left, <paramref name="maxBatches"/> batches are done or
    /// <paramref name="cancellationToken"/> asks to stop; returns how many went out. Stopping is
    /// checked between mails only: a mail being sent is finished and marked first, and the rest of
    /// the batch is handed back at once rather than when its lease runs out.
    /// </summary>
    public async Task<int> SendDueAsync(int maxBatches = 20, CancellationToken cancellationToken = default)
    {
        var sent = 0;
        for (var batch = 0; batch < maxBatches && !cancellationToken.IsCancellationRequested; batch++)
        {
            var (token, claimed) = await ClaimAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }
            foreach (var mail in claimed)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    await ReleaseAsync(token);
                    break;
                }
                sent += await SendOneAsync(mail) ? 1 : 0;
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

    private async Task<(Guid Token, List<OutboxMail> Mails)> ClaimAsync(CancellationToken cancellationToken)
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
        var token = Guid.NewGuid();
        if (due.Count == 0)
        {
            return (token, []);
        }
        // The condition is checked again by the UPDATE itself: a row another node claimed since the
        // SELECT is no longer due, so it is not taken twice.
        await mails
            .Where(m => due.Contains(m.Id)
                        && (m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Sending)
                        && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.ClaimToken, token)
                .SetProperty(m => m.NextAttemptAt, now + settings.ClaimFor)
                .SetProperty(m => m.LastAttemptAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        var claimed = await mails.AsNoTracking().Where(m => m.ClaimToken == token).OrderBy(m => m.QueuedAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return (token, claimed);
    }

    /// <summary>
    /// Extends this mail's lease from now, only while it is still this run's and has not run out: a
    /// lease that ran out may already be another node's, whose claim changed the token.
    /// </summary>
    private async Task<bool> RenewAsync(OutboxMail mail)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.ClaimFor;
        return await Mine(mail)
            .Where(m => m.Status == OutboxStatus.Sending && m.NextAttemptAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, until), CancellationToken.None) == 1;
    }

    /// <summary>Hands the claimed mails not yet tried back to the queue, due now, their claim's try uncounted.</summary>
    private Task<int> ReleaseAsync(Guid token)
    {
        var now = clock.GetUtcNow();
        return db.Set<OutboxMail>()
            .Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, OutboxStatus.Queued)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts - 1), CancellationToken.None);
    }

    private IQueryable<OutboxMail> Mine(OutboxMail mail) =>
        db.Set<OutboxMail>().Where(m => m.Id == mail.Id && m.ClaimToken == mail.ClaimToken);

    private async Task<bool> SendOneAsync(OutboxMail mail)
    {
        if (!await RenewAsync(mail))
        {
            logger.LogWarning("Mail {MailId}'s claim ran out before it was sent; left to whoever holds it now", mail.Id);
            return false;
        }
        // Bounded by half the lease, so no other node can take the mail over while it may still be on
        // its way; deliberately not the caller's token, so a shutdown never cuts a send in half.
        using var deadline = new CancellationTokenSource(options.Value.ClaimFor / 2);
        try
        {
            await transport.SendAsync(new MailMessageToSend(mail.Id, mail.ToAddress, mail.ToName, mail.Subject, mail.HtmlBody ?? ""), deadline.Token);
        }
        catch (Exception exception)
        {
            await MarkFailedAsync(mail, exception);
            return false;
        }
        // The server has said 250: from here to the mark is the one window in which a crash sends this
        // mail again (Mail/README.md), so nothing in between may wait on anything but the database.
        var sentAt = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var marked = await Mine(mail).ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentAt, sentAt)
                    .SetProperty(m => m.LastAttemptAt, sentAt)
                    .SetProperty(m => m.HtmlBody, (string?)null)
                    .SetProperty(m => m.ClaimToken, (Guid?)null), CancellationToken.None);
                if (marked == 0)
                {
                    logger.LogWarning("Mail {MailId} was sent after its claim was taken over: it may go out twice", mail.Id);
                }
                return true;
            }
            catch (Exception exception) when (attempt < 3 && exception is not OperationCanceledException)
            {
                // A database that blinked: the mail went out, so keep trying to say so before the lease runs out.
                logger.LogWarning("Marking mail {MailId} sent failed ({Error}); trying again", mail.Id, exception.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), CancellationToken.None);
            }
        }
    }

    private async Task MarkFailedAsync(OutboxMail mail, Exception exception)
    {
        var policy = options.Value.RetryPolicy;
        var error = $"{exception.GetType().Name}: {exception.Message}";
        error = Limits.Fit(error, Limits.Paragraph);
        var givenUp = policy.GivesUpAfter(mail.Attempts);
        var failedAt = clock.GetUtcNow();
        var next = failedAt + (givenUp ? TimeSpan.Zero : policy.DelayAfter(mail.Attempts));
        logger.LogWarning("Mail {MailId} failed on try {Attempt}: {Error}{Outcome}", mail.Id, mail.Attempts, error,
            givenUp ? "; given up" : $"; next try at {next:O}");
        await Mine(mail).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, givenUp ? OutboxStatus.Failed : OutboxStatus.Queued)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LastAttemptAt, failedAt)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.ClaimToken, (Guid?)null), CancellationToken.None);
    }
}
