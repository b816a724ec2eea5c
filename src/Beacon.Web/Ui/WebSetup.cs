using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Ui;

public static class WebSetup
{
    public static WebApplicationBuilder AddBeaconLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.AddCodeRedaction();
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        }
        return builder;
    }

    public static WebApplicationBuilder AddBeaconPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
        }).AddMvcOptions(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        builder.Services.AddAntiforgery(options => options.Cookie.Name = "beacon.af");
        return builder;
    }

    /// <summary>The load benchmark's one-query endpoint, mapped only when <c>Beacon:Benchmarks:Enabled</c> is true.</summary>
    public static IEndpointRouteBuilder MapBeaconBenchmark(this IEndpointRouteBuilder app)
    {
        BenchmarkEndpoint.Map(app);
        return app;
    }

    public static WebApplication UseBeaconErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                // A body over its limit or cut short is the client's error (413, 400), not the server's.
                StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        return app;
    }
}
