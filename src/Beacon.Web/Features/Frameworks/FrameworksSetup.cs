using Beacon.Web.Features.SelfAssessment;

namespace Beacon.Web.Features.Frameworks;

public static class FrameworksSetup
{
    public static WebApplicationBuilder AddBeaconFrameworks(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentPackInstaller>();
        builder.Services.AddScoped<FrameworkStore>();
        builder.Services.AddScoped<CycleAccess>();
        builder.Services.AddScoped<CycleResults>();
        builder.Services.AddScoped<CycleComparison>();
        builder.Services.AddScoped<HeatMapQuery>();
        builder.Services.AddScoped<PrioritiesQuery>();
        builder.Services.AddScoped<IndicatorQuery>();
        builder.Services.AddScoped<IndicatorEditor>();
        return builder;
    }
}
