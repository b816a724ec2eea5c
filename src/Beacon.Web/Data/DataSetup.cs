using Beacon.Web.Data.Figures;
using Beacon.Web.Data.Interceptors;
using Beacon.Web.Data.Seeding;
using Beacon.Web.Identity;
using Beacon.Web.Jobs;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data;

public static class DataSetup
{
    /// <summary>
    /// Registers the database: SQLite in a file under the data folder unless
    /// <c>Database:Provider</c> is <c>Postgres</c>, in which case <c>ConnectionStrings:Beacon</c> is used.
    /// </summary>
    public static WebApplicationBuilder AddBeaconData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentDistrict>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<DistrictStampInterceptor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<StampInterceptor>();
        services.AddScoped<FigureVersionInterceptor>();
        services.AddScoped<FigureCache>();
        services.AddMemoryCache();
        services.Configure<MvcOptions>(options => options.Filters.Add(new TransactionPageFilter()));

        var provider = DatabaseProvider.From(builder.Configuration);
        var connectionString = ConnectionString(builder);
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresBeaconDbContext>((sp, options) =>
                Configure(sp, options.UseNpgsql(connectionString)));
            services.AddScoped<BeaconDbContext>(sp => sp.GetRequiredService<PostgresBeaconDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteBeaconDbContext>((sp, options) =>
                Configure(sp, options.UseSqlite(connectionString)));
            services.AddScoped<BeaconDbContext>(sp => sp.GetRequiredService<SqliteBeaconDbContext>());
        }

        services.AddDataProtection()
            .SetApplicationName("Beacon")
            .PersistKeysToDbContext<BeaconDbContext>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddScoped<DemoSeeder>();
        services.AddRecurringJob<PlannerStatisticsJob>("planner-statistics", TimeSpan.FromHours(1));
        return builder;
    }

    /// <summary>Adds <typeparamref name="TContent"/> to the demo district when an empty database is seeded.</summary>
    public static IServiceCollection AddDemoContent<TContent>(this IServiceCollection services)
        where TContent : class, IDemoContent =>
        services.AddScoped<IDemoContent, TContent>();

    /// <summary>Runs <typeparamref name="TWork"/> at every start, after the migrations and the demo seed.</summary>
    public static IServiceCollection AddStartupWork<TWork>(this IServiceCollection services)
        where TWork : class, IStartupWork =>
        services.AddScoped<IStartupWork, TWork>();

    /// <summary>The database's connection string: <c>ConnectionStrings:Beacon</c>, or on SQLite a file in the data folder.</summary>
    public static string ConnectionString(WebApplicationBuilder builder) =>
        builder.Configuration.GetConnectionString("Beacon")
        ?? (DatabaseProvider.From(builder.Configuration) == DatabaseProvider.Postgres
            ? throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Beacon is not set. Set ConnectionStrings__Beacon.")
            : $"Data Source={Path.Combine(DataFolder(builder), "beacon.db")}");

    private static void Configure(IServiceProvider services, DbContextOptionsBuilder options) =>
        options.AddInterceptors(
            services.GetRequiredService<DistrictStampInterceptor>(),
            services.GetRequiredService<StampInterceptor>(),
            services.GetRequiredService<FigureVersionInterceptor>(),
            services.GetRequiredService<AuditInterceptor>());

    private static string DataFolder(WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Beacon:DataFolder"]
            ?? Path.Combine(builder.Environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
