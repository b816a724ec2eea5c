using Beacon.Web.Data;

namespace Beacon.Web.Features.Research;

public static class ResearchSetup
{
    public static WebApplicationBuilder AddBeaconResearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ResearchAccess>();
        builder.Services.AddScoped<ResearchEditor>();
        builder.Services.AddScoped<ResearchDetailsQuery>();
        builder.Services.AddDemoContent<DemoResearch>();
        return builder;
    }
}
