using Beacon.Web.Features.Frameworks;

namespace Beacon.Web.Features.SelfAssessment;

public static class SelfAssessmentSetup
{
    public static WebApplicationBuilder AddBeaconSelfAssessment(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CycleAccess>();
        builder.Services.AddScoped<CycleResults>();
        builder.Services.AddScoped<CycleComparison>();
        builder.Services.AddScoped<HeatMapQuery>();
        builder.Services.AddScoped<PrioritiesQuery>();
        builder.Services.AddScoped<IndicatorQuery>();
        builder.Services.AddScoped<IndicatorEditor>();
        builder.Services.AddScoped<IFrameworkVersionUse, CyclesUsingFrameworkVersions>();
        return builder;
    }
}
