namespace Beacon.Web.Tenancy;

public static class TenancySetup
{
    /// <summary>The provisioner that creates districts; the current district itself is registered with the data, whose interceptors need it.</summary>
    public static WebApplicationBuilder AddBeaconTenancy(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DistrictProvisioner>();
        return builder;
    }

    /// <summary>Adds a feature's content for every new district; contents are added in the order they are registered.</summary>
    public static IServiceCollection AddNewDistrictContent<TContent>(this IServiceCollection services)
        where TContent : class, INewDistrictContent =>
        services.AddScoped<INewDistrictContent, TContent>();
}
