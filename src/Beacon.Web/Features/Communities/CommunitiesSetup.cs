using Beacon.Web.Data;

namespace Beacon.Web.Features.Communities;

public static class CommunitiesSetup
{
    public static WebApplicationBuilder AddBeaconCommunities(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CommunityAccess>();
        builder.Services.AddScoped<ActionPlans>();
        builder.Services.AddScoped<NetworkReader>();
        builder.Services.AddScoped<CommunityOverviewQuery>();
        builder.Services.AddScoped<CommunityInvitations>();
        builder.Services.AddDemoContent<DemoCommunities>();
        builder.Services.AddScoped<Meetings.CheckInRecorder>();
        return builder;
    }

    /// <summary>The subscribable calendar feed (anonymous, authorised by its token).</summary>
    public static IEndpointRouteBuilder MapBeaconCommunities(this IEndpointRouteBuilder app)
    {
        CalendarEndpoint.Map(app);
        return app;
    }
}
