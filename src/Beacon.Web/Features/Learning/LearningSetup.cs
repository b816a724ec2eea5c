using Beacon.Web.Data;
using Beacon.Web.Jobs;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Learning;

public static class LearningSetup
{
    public static WebApplicationBuilder AddBeaconLearning(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<LearningAccess>();
        builder.Services.AddScoped<Registrations>();
        builder.Services.AddScoped<TranscriptQuery>();
        builder.Services.AddScoped<GoalLearningQuery>();
        builder.Services.AddScoped<CatalogQuery>();
        builder.Services.AddNewDistrictContent<DefaultCreditTypes>();
        builder.Services.AddRecurringJob<SessionReminderJob>("learning-session-reminders", TimeSpan.FromMinutes(15));
        builder.Services.AddDemoContent<DemoLearning>();
        return builder;
    }
}

/// <summary>The credit types a district starts with; it renames or adds to them in the learning settings.</summary>
public sealed class DefaultCreditTypes(BeaconDbContext db) : INewDistrictContent
{
    public void AddTo(District district) =>
        db.CreditTypes.AddRange(
            new CreditType { Id = Guid.CreateVersion7(), Name = "Clock hours" },
            new CreditType { Id = Guid.CreateVersion7(), Name = "State CEUs" });
}
