using Beacon.Web.Data;

namespace Beacon.Web.Features.Mentoring;

public static class MentoringSetup
{
    public static WebApplicationBuilder AddBeaconMentoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MatchingQuery>();
        builder.Services.AddScoped<PairingAccess>();
        builder.Services.AddDemoContent<DemoMentoring>();
        return builder;
    }
}
