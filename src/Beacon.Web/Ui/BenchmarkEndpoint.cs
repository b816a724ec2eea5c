using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Ui;

/// <summary>
/// The load benchmark's reference: a signed-in request that does one indexed query (the district's
/// name by primary key) through the same middleware, authentication and tenant filter as every page,
/// so a page's requests per second can be read against what the framework and database allow at all.
/// Not part of the product: mapped only when <c>Beacon:Benchmarks:Enabled</c> is true.
/// </summary>
public static class BenchmarkEndpoint
{
    public const string Path = "/bench/ceiling";

    public static void Map(IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Beacon:Benchmarks:Enabled", false))
        {
            app.MapGet(Path, GetAsync);
        }
    }

    private static async Task<IResult> GetAsync(BeaconDbContext db, CurrentDistrict currentDistrict, CancellationToken cancellationToken)
    {
        var name = await db.Districts.AsNoTracking()
            .Where(d => d.Id == currentDistrict.Id)
            .Select(d => d.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return name is null ? Results.NotFound() : Results.Text(name);
    }
}
