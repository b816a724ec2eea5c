namespace Beacon.Web.Features.Plans;

public static class PlansSetup
{
    public static WebApplicationBuilder AddBeaconPlans(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PlanAccess>();
        builder.Services.AddScoped<MetricActuals>();
        builder.Services.AddScoped<PlanReader>();
        builder.Services.AddScoped<PlanDashboardQuery>();
        Ui.Pdf.EmbeddedFontResolver.Install();
        return builder;
    }
}
