using Beacon.Web.Jobs;

namespace Beacon.Web.Features.Notifications;

public static class NotificationsSetup
{
    public static WebApplicationBuilder AddBeaconNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddRecurringJob<DigestJob>("notification-digests", TimeSpan.FromMinutes(15));
        return builder;
    }
}
