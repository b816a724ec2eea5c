using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Beacon.Web.Mail;

public interface IMailSender
{
    Task SendAsync(string toAddress, string toName, string subject, string htmlBody, CancellationToken cancellationToken = default);
}

/// <summary>
/// Sends mail over SMTP with MailKit, or, when <c>Mail:PickupFolder</c> is set (development and
/// tests), writes each message as an .eml file there instead.
/// </summary>
public sealed class MailSender(IConfiguration configuration, IWebHostEnvironment environment, ILogger<MailSender> logger) : IMailSender
{
    public async Task SendAsync(string toAddress, string toName, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(configuration["Mail:FromName"] ?? "Beacon", configuration["Mail:From"] ?? "beacon@localhost"));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new BodyBuilder { HtmlBody = htmlBody }.ToMessageBody();

        var pickup = PickupFolder();
        if (pickup is not null)
        {
            Directory.CreateDirectory(pickup);
            var path = Path.Combine(pickup, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            // No recipient in the log: a survey reminder's recipients are exactly those who have not answered.
            logger.LogInformation("Mail written to pickup folder {Path}", path);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(
            configuration["Mail:Host"] ?? "localhost",
            configuration.GetValue("Mail:Port", 25),
            configuration.GetValue("Mail:UseTls", false) ? SecureSocketOptions.StartTls : SecureSocketOptions.None,
            cancellationToken);
        if (configuration["Mail:UserName"] is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, configuration["Mail:Password"] ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("Mail sent over SMTP");
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
