using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Beacon.Web.Mail;

/// <summary>One mail as the transport sends it; <see cref="Id"/> (the outbox row's) becomes its Message-ID.</summary>
public sealed record MailMessageToSend(Guid Id, string ToAddress, string ToName, string Subject, string HtmlBody);

/// <summary>The mail transport. Scoped: one SMTP connection serves a scope's mails and is closed with the scope.</summary>
public interface IMailSender
{
    Task SendAsync(MailMessageToSend mail, CancellationToken cancellationToken = default);
}

/// <summary>
/// Sends mail over SMTP with MailKit, or, when <c>Mail:PickupFolder</c> is set (development and
/// tests), writes each message as an .eml file there instead. Every message's Message-ID is its
/// outbox id, so a mail sent twice (see Mail/README.md) is recognisably the same message.
/// </summary>
public sealed class MailSender(IConfiguration configuration, IWebHostEnvironment environment, ILogger<MailSender> logger) : IMailSender, IAsyncDisposable
{
    private SmtpClient? _client;

    public async Task SendAsync(MailMessageToSend mail, CancellationToken cancellationToken = default)
    {
        var from = configuration["Mail:From"] ?? "beacon@localhost";
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(configuration["Mail:FromName"] ?? "Beacon", from));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Subject = mail.Subject;
        message.MessageId = MessageId(mail.Id, from);
        message.Body = new BodyBuilder { HtmlBody = mail.HtmlBody }.ToMessageBody();

        var pickup = PickupFolder();
        if (pickup is not null)
        {
            Directory.CreateDirectory(pickup);
            var path = Path.Combine(pickup, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{mail.Id:N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            // No recipient in the log: a survey reminder's recipients are exactly those who have not answered.
            logger.LogInformation("Mail written to pickup folder {Path}", path);
            return;
        }

        var client = await ConnectedAsync(cancellationToken);
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            // The connection's state is unknown after a failure: the next mail starts a new one.
            await CloseAsync();
            throw;
        }
        logger.LogInformation("Mail {MessageId} sent over SMTP", message.MessageId);
    }

    /// <summary>The Message-ID of the outbox mail <paramref name="id"/>, on the sending address's domain.</summary>
    public static string MessageId(Guid id, string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at >= 0 && at < from.Length - 1 ? from[(at + 1)..] : "beacon.localhost";
        return $"{id:N}@{domain}";
    }

    public async ValueTask DisposeAsync() => await CloseAsync();

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }
        await CloseAsync();
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(configuration.GetValue("Mail:TimeoutSeconds", 60)).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(
                configuration["Mail:Host"] ?? "localhost",
                configuration.GetValue("Mail:Port", 25),
                configuration.GetValue("Mail:UseTls", false) ? SecureSocketOptions.StartTls : SecureSocketOptions.None,
                cancellationToken);
            if (configuration["Mail:UserName"] is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, configuration["Mail:Password"] ?? "", cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }
        _client = client;
        return client;
    }

    /// <summary>Says QUIT if it can. A failure here is not a failed mail: every mail on this connection was already accepted.</summary>
    private async Task CloseAsync()
    {
        if (_client is null)
        {
            return;
        }
        var client = _client;
        _client = null;
        try
        {
            if (client.IsConnected)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(true, quick.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or SmtpProtocolException or SmtpCommandException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            logger.LogDebug("Closing the SMTP connection failed: {Error}", exception.Message);
        }
        finally
        {
            client.Dispose();
        }
    }

    private string? PickupFolder()
    {
        if (configuration["Mail:PickupFolder"] is { Length: > 0 } folder)
        {
            return folder;
        }
        // With no SMTP host configured in development, mail goes to data/mail rather than nowhere.
        return environment.IsDevelopment() && string.IsNullOrEmpty(configuration["Mail:Host"])
            ? Path.Combine(environment.ContentRootPath, "data", "mail")
            : null;
    }
}
