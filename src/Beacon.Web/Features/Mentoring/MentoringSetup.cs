using Beacon.Web.Data;
using Beacon.Web.Jobs;

namespace Beacon.Web.Features.Mentoring;

public static class MentoringSetup
{
    public static WebApplicationBuilder AddBeaconMentoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MatchingQuery>();
        builder.Services.AddScoped<PairingAccess>();
        builder.Services.AddScoped<Reports.MentoringReportQuery>();
        builder.Services.AddScoped<Coaching.CoachingQuery>();
        builder.Services.AddDemoContent<DemoMentoring>();
        builder.Services.AddRecurringJob<MilestoneReminderJob>("mentoring-milestone-reminders", TimeSpan.FromHours(1));
        return builder;
    }
}
