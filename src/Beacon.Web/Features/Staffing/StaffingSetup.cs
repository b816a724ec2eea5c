namespace Beacon.Web.Features.Staffing;

public static class StaffingSetup
{
    public static WebApplicationBuilder AddBeaconStaffing(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EquityQuery>();
        builder.Services.AddScoped<ScenarioPlanner>();
        builder.Services.AddScoped<StaffingRecorder>();
        builder.Services.AddScoped<NeedQuery>();
        builder.Services.AddScoped<IncentiveQuery>();
        return builder;
    }
}
