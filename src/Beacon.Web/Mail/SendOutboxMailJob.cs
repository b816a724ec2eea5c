using Beacon.Web.Jobs;

namespace Beacon.Web.Mail;

/// <summary>Sends due mail from the outbox, and forgets mail sent long ago.</summary>
public sealed class SendOutboxMailJob(OutboxSender sender) : IBeaconJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await sender.SendDueAsync(cancellationToken: cancellationToken);
        await sender.ForgetOldAsync(cancellationToken);
    }
}
