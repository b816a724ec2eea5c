using System.Globalization;
using Beacon.Bench.Generate;
using Beacon.Bench.Shared;
using Beacon.Web.Data;
using Beacon.Web.Features.Learning;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Learning;

/// <summary>How big a generated catalog is at each scale; <c>--offerings</c> and <c>--registrations</c> override it.</summary>
public sealed record CatalogSize(string Scale, int Offerings, int Registrations)
{
    public static CatalogSize For(BenchOptions options)
    {
        var (offerings, registrations) = options.Scale.ToLowerInvariant() switch
        {
            "demo" => (200, 8_000),
            "district" => (1_000, 40_000),
            "metro" => (5_000, 200_000),
            _ => throw new ArgumentException($"There is no scale '{options.Scale}'. Use demo, district or metro."),
        };
        return new CatalogSize(options.Scale, options.Int("--offerings", offerings), options.Int("--registrations", registrations));
    }

    public string Slug => string.Create(CultureInfo.InvariantCulture, $"bench-catalog-{Offerings}-{Registrations}");
}

/// <summary>
/// The professional learning catalog of a district with <see cref="CatalogSize"/> offerings and
/// registrations: its first page, its last page and a search, each as the catalog page queries it,
/// against the one-query endpoint's statement (the district's name by id) in the same run. A
/// catalog whose cost does not grow with its size keeps its ratios from district to metro. Uses
/// district <c>bench-catalog-&lt;offerings&gt;-&lt;registrations&gt;</c> when the database has it, else generates it.
/// </summary>
public static class CatalogBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var size = CatalogSize.For(options);
        var runs = options.Int("--runs", 20);
        await using var app = await BenchHost.StartAsync(options);
        var districtId = await CatalogGenerator.FindOrGenerateAsync(app.Services, size);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Catalog benchmark on {options.ProviderName}, {size.Offerings:N0} offerings and {size.Registrations:N0} registrations, {runs} runs after a warm-up:"));
        var lastPage = (int)Math.Ceiling(size.Offerings / 50.0);

        var first = await MeasureAsync(app.Services, districtId, runs, new CatalogFilter(), 1);
        var last = await MeasureAsync(app.Services, districtId, runs, new CatalogFilter(), lastPage);
        var search = await MeasureAsync(app.Services, districtId, runs, new CatalogFilter("literacy"), 1);
        var reference = await Timing.MeasureAsync(runs, () => InDistrictAsync(app.Services, districtId, async sp =>
        {
            // The one-query endpoint's statement (see Beacon.Web.Ui.BenchmarkEndpoint).
            var db = sp.GetRequiredService<BeaconDbContext>();
            var name = await db.Districts.AsNoTracking().Where(d => d.Id == districtId).Select(d => d.Name).FirstOrDefaultAsync();
            return name?.Length ?? 0;
        }));

        const string against = "one-query endpoint statement";
        foreach (var (measure, timing) in new[] { ("catalog first page", first), ("catalog last page", last), ("catalog search", search) })
        {
            new BenchResult("catalog", options.ProviderName, size.Scale, measure, timing.Median.TotalMilliseconds, "ms", against, reference.Median.TotalMilliseconds).Record(options);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  (medians; p95: first page {first.P95.TotalMilliseconds:0.0} ms, last page {last.P95.TotalMilliseconds:0.0} ms, search {search.P95.TotalMilliseconds:0.0} ms, one query {reference.P95.TotalMilliseconds:0.0} ms)"));
    }

    private static Task<Timing> MeasureAsync(IServiceProvider services, Guid districtId, int runs, CatalogFilter filter, int page) =>
        Timing.MeasureAsync(runs, () => InDistrictAsync(services, districtId, async sp =>
        {
            var rows = await sp.GetRequiredService<CatalogQuery>().PageAsync(filter, false, page, CancellationToken.None);
            return rows.Items.Count;
        }));

    private static async Task InDistrictAsync(IServiceProvider services, Guid districtId, Func<IServiceProvider, Task<int>> work)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        await work(scope.ServiceProvider);
    }
}

/// <summary>A district with a seeded catalog: offerings of every kind, one to three sessions each (most upcoming), registrations spread over them.</summary>
public static class CatalogGenerator
{
    private static readonly string[] Topics = ["Literacy", "Numeracy", "Formative assessment", "Classroom management", "Science inquiry", "Inclusion", "Wellbeing", "Leadership", "Digital learning", "Language acquisition"];
    private static readonly string[] Forms = ["workshop", "institute", "course", "network", "clinic", "module"];

    public static async Task<Guid> FindOrGenerateAsync(IServiceProvider services, CatalogSize size)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            // Looking a district up by its slug is system work: no district is acting yet.
            var found = await db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
                .Where(d => d.Slug == size.Slug).Select(d => (Guid?)d.Id).FirstOrDefaultAsync();
            if (found is { } id)
            {
                Console.WriteLine($"Using the generated district {size.Slug}.");
                return id;
            }
        }
        Console.WriteLine($"Generating district {size.Slug}…");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Guid districtId;
        await using (var scope = services.CreateAsyncScope())
        {
            using var actor = scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(BenchImports.Actor);
            districtId = (await scope.ServiceProvider.GetRequiredService<DistrictProvisioner>().CreateAsync($"Catalog {size.Slug}", size.Slug)).Id;
        }
        var random = new Random(2026);
        var now = DateTimeOffset.UtcNow;
        const int batch = 250;
        var perOffering = Math.Max(1, size.Registrations / Math.Max(1, size.Offerings));
        for (var from = 0; from < size.Offerings; from += batch)
        {
            await using var scope = services.CreateAsyncScope();
            using var actor = scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(BenchImports.Actor);
            using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = from; i < Math.Min(size.Offerings, from + batch); i++)
            {
                var offering = new Offering
                {
                    Id = Guid.CreateVersion7(),
                    Title = string.Create(CultureInfo.InvariantCulture, $"{Topics[random.Next(Topics.Length)]} {Forms[random.Next(Forms.Length)]} {i:00000}"),
                    Kind = (OfferingKind)random.Next(6),
                    Status = random.Next(20) == 0 ? OfferingStatus.Draft : OfferingStatus.Published,
                    Audience = "Teachers and coaches",
                    Cost = random.Next(4) == 0 ? 150 : 0,
                };
                var sessions = 1 + random.Next(3);
                for (var s = 0; s < sessions; s++)
                {
                    offering.Sessions.Add(new LearningSession
                    {
                        Id = Guid.CreateVersion7(),
                        StartsAt = now.AddDays(random.Next(-120, 240)),
                        Minutes = 90,
                        Capacity = 60,
                        CheckInCode = LearningCodes.NewCheckInCode(),
                    });
                }
                db.Offerings.Add(offering);
                var registrations = i == size.Offerings - 1 ? size.Registrations - (perOffering * (size.Offerings - 1)) : perOffering;
                for (var r = 0; r < Math.Max(0, registrations); r++)
                {
                    db.Registrations.Add(new Registration
                    {
                        Id = Guid.CreateVersion7(),
                        OfferingId = offering.Id,
                        UserId = string.Create(CultureInfo.InvariantCulture, $"bench-user-{random.Next(80_000)}"),
                        DisplayName = "Bench person",
                        Status = r < 60 ? RegistrationStatus.Enrolled : RegistrationStatus.Waitlisted,
                        RequestedAt = now.AddDays(-random.Next(200)),
                    });
                }
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  generated in {watch.Elapsed.TotalSeconds:0.0} s"));
        return districtId;
    }
}
