using Beacon.Web.Identity;
using Beacon.Web.Jobs;

namespace Beacon.Web.Imports;

public static class ImportsSetup
{
    public static WebApplicationBuilder AddBeaconImports(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ImportOptions.Section);
        builder.Services.AddOptions<ImportOptions>().Bind(section);
        builder.Services.AddRecurringJob<AbandonedImportPurge>("abandoned-import-purge", (section.Get<ImportOptions>() ?? new ImportOptions()).PurgeInterval);
        builder.Services.AddScoped<ImportPipeline>();
        builder.Services.AddBeaconApiChallenges();
        return builder;
    }

    public static IEndpointRouteBuilder MapBeaconImports(this IEndpointRouteBuilder app)
    {
        ImportApi.Map(app);
        return app;
    }
}
