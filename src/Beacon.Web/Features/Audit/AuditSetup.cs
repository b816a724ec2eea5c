namespace Beacon.Web.Features.Audit;

public static class AuditSetup
{
    public static WebApplicationBuilder AddBeaconAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditRecords>();
        return builder;
    }
}
