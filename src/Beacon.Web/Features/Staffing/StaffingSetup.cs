using Beacon.Web.Data.Figures;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Tenancy;

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
        // Everything the equity report, the need index and the homes' equity headline read.
        builder.Services.AddFigureSource(EquityQuery.Figures,
            typeof(StaffMember), typeof(StaffAssignment), typeof(StaffYearRecord), typeof(School), typeof(SchoolYear),
            typeof(SchoolMetric), typeof(Measure), typeof(District), typeof(StaffingPosition), typeof(ExtraPosition), typeof(NeedIndexSettings));
        return builder;
    }
}
