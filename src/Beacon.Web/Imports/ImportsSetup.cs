using Beacon.Web.Identity;

namespace Beacon.Web.Imports;

public static class ImportsSetup
{
    public static WebApplicationBuilder AddBeaconImports(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().Bind(builder.Configuration.GetSection(ImportOptions.Section));
        builder.Services.AddScoped<ImportPipeline>();
        builder.Services.AddBeaconApiChallenges();
        return builder;
    }

    public static WebApplication MapBeaconImportApi(this WebApplication app)
    {
        ImportApi.Map(app);
        return app;
    }
}
