using Beacon.Web.Data;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Frameworks;

public static class FrameworksSetup
{
    public static WebApplicationBuilder AddBeaconFrameworks(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentPackInstaller>();
        builder.Services.AddNewDistrictContent<ContentPackInstaller>();
        builder.Services.AddStartupWork<ContentPackInstaller>();
        builder.Services.AddScoped<FrameworkStore>();
        return builder;
    }
}
