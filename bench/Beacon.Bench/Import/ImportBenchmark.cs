using System.Diagnostics;
using System.Globalization;
using Beacon.Bench.Generate;
using Beacon.Bench.Shared;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Imports.Reading;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Import;

/// <summary>
/// A OneRoster 1.1 import of <c>--rows</c> staff (default 100,000) through the importer, each
/// into a fresh district, against a plain bulk insert of the same rows into the same tables and
/// against naive per-row EF saves (on <c>--naive-rows</c>, default 5,000: a hundred thousand
/// per-row saves take too long). All as users.csv rows per second, higher is better.
/// </summary>
public static class ImportBenchmark
{
    private const string Benchmark = "import";

    public static async Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var rows = options.Int("--rows", 100_000);
        var naiveRows = Math.Min(rows, options.Int("--naive-rows", 5_000));
        var runs = Math.Max(1, options.Int("--runs", 1));
        var scale = options.Text("--scale", string.Create(CultureInfo.InvariantCulture, $"{rows} staff"));

        var set = new OneRosterSet(rows);
        var files = set.Files();
        var zip = ZipFiles.Pack(files);
        var largest = files.MaxBy(f => f.Content.Length)!;
        var settings = new Dictionary<string, string?>();
        var limit = new ImportOptions().MaxFileBytes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Import benchmark on {options.ProviderName}: OneRoster 1.1, {rows:N0} staff at {set.Schools.Count:N0} schools; zip {ImportLimits.Describe(zip.Length)}, {largest.Name} {ImportLimits.Describe(largest.Content.Length)} unpacked."));
        if (largest.Content.Length > limit)
        {
            var raised = (largest.Content.Length / (16L << 20) + 1) * (16L << 20);
            settings["Beacon:Imports:MaxFileBytes"] = raised.ToString(CultureInfo.InvariantCulture);
            Console.WriteLine($"{largest.Name} is over the default limit of {ImportLimits.Describe(limit)}: this benchmark raises Beacon:Imports:MaxFileBytes to {ImportLimits.Describe(raised)}.");
        }
        await using var app = await BenchHost.StartAsync(options, settings: settings);

        Console.WriteLine("Warming up each path on 200 rows...");
        var warm = new OneRosterSet(200);
        await ImporterAsync(app, ZipFiles.Pack(warm.Files()));
        await BulkAsync(app, warm);
        await NaiveAsync(app, warm);

        var preview = new List<TimeSpan>();
        var importer = new List<TimeSpan>();
        var bulk = new List<TimeSpan>();
        var naive = new List<TimeSpan>();
        var naiveSet = new OneRosterSet(naiveRows);
        for (var run = 0; run < runs; run++)
        {
            var (planned, total) = await ImporterAsync(app, zip);
            preview.Add(planned);
            importer.Add(total);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  importer: {total.TotalSeconds:0.0} s ({planned.TotalSeconds:0.0} s reading, validating and planning; about {(total - planned).TotalSeconds:0.0} s writing)"));
            bulk.Add(await BulkAsync(app, set));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bulk insert: {bulk[^1].TotalSeconds:0.0} s"));
            naive.Add(await NaiveAsync(app, naiveSet));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  per-row EF saves ({naiveRows:N0} rows): {naive[^1].TotalSeconds:0.0} s"));
        }

        var bulkName = options.IsPostgres ? "bulk insert (COPY)" : "bulk insert (prepared statements)";
        var bulkRate = Rate(rows, bulk);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rows per second (users.csv rows, each with its share of the school orgs), higher is better; per-row EF saves ran on the first {naiveRows:N0} rows only:"));
        Record("OneRoster import through the importer", Rate(rows, importer), bulkName, bulkRate);
        Record("OneRoster validation and plan (preview, no write)", Rate(rows, preview), bulkName, bulkRate);
        Record("OneRoster import through the importer", Rate(rows, importer), "per-row EF saves", Rate(naiveRows, naive));
        Console.WriteLine("  (the importer also validates every cell, matches existing records and writes an audit entry per record; the bulk insert does none of that)");

        void Record(string measure, double figure, string reference, double referenceFigure) =>
            new BenchResult(Benchmark, options.ProviderName, scale, measure, figure, "rows/s", reference, referenceFigure).Record(options);
    }

    /// <summary>The importer's preview (read, validate, plan) and then the import itself, in a fresh district: the time of each.</summary>
    private static async Task<(TimeSpan Preview, TimeSpan Import)> ImporterAsync(WebApplication app, byte[] zip)
    {
        var districtId = await NewDistrictAsync(app, "importer");
        await using var scope = app.Services.CreateAsyncScope();
        using var district = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        var pipeline = scope.ServiceProvider.GetRequiredService<ImportPipeline>();
        var watch = Stopwatch.StartNew();
        var preview = await pipeline.PreviewAsync(ImportKind.OneRoster, "oneroster.zip", zip, CancellationToken.None);
        var planned = watch.Elapsed;
        if (!preview.IsValid)
        {
            throw new InvalidOperationException($"The importer refused the set: {string.Join("; ", preview.Problems.Take(5).Select(p => $"{p.File} line {p.Line}: {p.Reason}"))}");
        }
        watch.Restart();
        await BenchImports.ImportAsync(app.Services, districtId, ImportKind.OneRoster, "oneroster.zip", zip);
        return (planned, watch.Elapsed);
    }

    private static async Task<TimeSpan> BulkAsync(WebApplication app, OneRosterSet set)
    {
        var districtId = await NewDistrictAsync(app, "bulk");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var (schools, staff, assignments) = set.Records(districtId);
        var watch = Stopwatch.StartNew();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.GetDbConnection().BeginTransactionAsync();
        await BulkInsert.InsertAsync(db, transaction, schools);
        await BulkInsert.InsertAsync(db, transaction, staff);
        await BulkInsert.InsertAsync(db, transaction, assignments);
        await transaction.CommitAsync();
        return watch.Elapsed;
    }

    /// <summary>The naive way: a new unit of work and one SaveChanges per school and per person.</summary>
    private static async Task<TimeSpan> NaiveAsync(WebApplication app, OneRosterSet set)
    {
        var districtId = await NewDistrictAsync(app, "naive");
        var (schools, staff, assignments) = set.Records(districtId);
        var byStaff = assignments.ToLookup(a => a.StaffMemberId);
        var watch = Stopwatch.StartNew();
        foreach (var school in schools)
        {
            await SaveAsync(app, districtId, db => db.Schools.Add(school));
        }
        foreach (var member in staff)
        {
            await SaveAsync(app, districtId, db =>
            {
                db.StaffMembers.Add(member);
                db.StaffAssignments.AddRange(byStaff[member.Id]);
            });
        }
        return watch.Elapsed;
    }

    private static async Task SaveAsync(WebApplication app, Guid districtId, Action<BeaconDbContext> add)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var district = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        using var actor = scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(BenchImports.Actor);
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        add(db);
        await db.SaveChangesAsync();
    }

    private static async Task<Guid> NewDistrictAsync(WebApplication app, string kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<DistrictProvisioner>();
        var district = await provisioner.CreateAsync($"Import benchmark ({kind})", $"bench-import-{kind}-{Guid.NewGuid():N}"[..30]);
        return district.Id;
    }

    private static double Rate(int rows, IReadOnlyCollection<TimeSpan> times) => rows / Timing.Of(times).Median.TotalSeconds;
}
