using Beacon.Web.Jobs;

namespace Beacon.Web.Mail;

public static class MailSetup
{
    /// <summary>The outbox every mail goes into, the SMTP (or pickup folder) transport, and the job between them.</summary>
    public static WebApplicationBuilder AddBeaconMail(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(OutboxOptions.Section);
        builder.Services.AddOptions<OutboxOptions>().Bind(section);
        builder.Services.AddScoped<IMailSender, MailSender>();
        builder.Services.AddScoped<IMailOutbox, MailOutbox>();
        builder.Services.AddScoped<OutboxSender>();
        var interval = (section.Get<OutboxOptions>() ?? new OutboxOptions()).Interval;
        builder.Services.AddRecurringJob<SendOutboxMailJob>("mail-outbox", interval);
        return builder;
    }
}
