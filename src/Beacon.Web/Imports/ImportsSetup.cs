namespace Beacon.Web.Imports;

public static class ImportsSetup
{
    public static WebApplicationBuilder AddBeaconImports(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapBeaconImportApi(this WebApplication app) => app;
}
