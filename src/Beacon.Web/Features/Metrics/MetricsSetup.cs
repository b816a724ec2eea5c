using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Metrics;

public static class MetricsSetup
{
    public static WebApplicationBuilder AddBeaconMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddNewDistrictContent<BuiltInMeasures>();
        return builder;
    }
}
