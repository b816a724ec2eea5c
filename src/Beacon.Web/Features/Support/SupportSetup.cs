using Beacon.Web.Imports;

namespace Beacon.Web.Features.Support;

public static class SupportSetup
{
    public static WebApplicationBuilder AddBeaconSupport(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PerformanceQuery>();
        builder.Services.AddScoped<FlagRaiser>();
        builder.Services.AddScoped<SchoolChoiceQuery>();
        builder.Services.AddScoped<MilestoneResults>();
        builder.Services.AddImportFollowUp<MilestoneResults>();
        return builder;
    }
}
