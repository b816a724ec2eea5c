using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Tenancy;

/// <summary>
/// The sweep proves itself: an app with two planted endpoints that read a school id from a posted
/// form and ignore the tenant filter, one showing the school and one changing it, must fail the sweep;
/// a third that reads through the filter must pass it.
/// </summary>
[Trait("Category", "Database")]
public class SweepSelfTests(SweepSelfTests.LeakyFactory factory) : IClassFixture<SweepSelfTests.LeakyFactory>
{
    private const string Planted = "/sweep-self-test";

    [Fact]
    public async Task Sweep_PlantedEndpointsLeakAFormId_ReportsBothLeaks()
    {
        var report = await new TenancySweep(factory) { Include = e => e.RoutePattern.RawText?.StartsWith(Planted, StringComparison.Ordinal) == true }.RunAsync();

        Assert.True(report.Requests >= 2, $"the planted endpoints were not swept: {string.Join("\n", report.Failures)}");
        Assert.Contains(report.Failures, f => f.Contains($"POST {Planted}/show", StringComparison.Ordinal) && f.Contains("shows district B's data", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.StartsWith("district B's data changed: changed School:", StringComparison.Ordinal) && f.Contains("Address=planted", StringComparison.Ordinal));
        // The endpoint that reads through the tenant filter is not blamed.
        Assert.DoesNotContain(report.Failures, f => f.Contains(Planted + "/safe", StringComparison.Ordinal));
    }

    /// <summary>The real app plus the planted endpoints, which only this factory registers.</summary>
    public sealed class LeakyFactory : BeaconFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PlantEndpoints>());
        }
    }

    private sealed class PlantEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.MapWhen(c => c.Request.Path.StartsWithSegments(Planted), branch =>
            {
                branch.UseRouting();
                branch.UseAuthentication();
                branch.UseAuthorization();
                branch.UseAntiforgery();
                branch.UseEndpoints(endpoints =>
                {
                    endpoints.MapPost(Planted + "/show", async ([FromForm] Guid schoolId, BeaconDbContext db) =>
                        Results.Text(await db.Schools.IgnoreQueryFilters([BeaconDbContext.TenantFilter]).Where(s => s.Id == schoolId).Select(s => s.Name).FirstOrDefaultAsync() ?? "none"));
                    endpoints.MapPost(Planted + "/change", async ([FromForm] Guid schoolId, BeaconDbContext db) =>
                    {
                        await db.Schools.IgnoreQueryFilters([BeaconDbContext.TenantFilter]).Where(s => s.Id == schoolId)
                            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Address, "planted"));
                        return Results.Ok();
                    });
                    endpoints.MapPost(Planted + "/safe", async ([FromForm] Guid schoolId, BeaconDbContext db) =>
                        await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).FirstOrDefaultAsync() is { } name ? Results.Text(name) : Results.NotFound());
                });
            });
            next(app);
        };
    }
}
