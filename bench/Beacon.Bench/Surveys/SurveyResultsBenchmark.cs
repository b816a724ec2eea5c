using System.Diagnostics;
using System.Globalization;
using System.Text;
using Beacon.Web.Data;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Tenancy;
using Beacon.Web.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beacon.Bench.Surveys;

/// <summary>
/// Generates one district's staff survey (schools, staff responding, items) straight into the
/// database, then times the district results (every query and the privacy rule, as the results
/// page runs them) against the bare SQL aggregate over the same answers, in the same run.
/// Defaults are small enough for a couple of minutes; the metro district is
/// <c>--schools 1800 --staff 80000 --items 40</c> (3.2 million answers at a full response).
/// </summary>
public static class SurveyResultsBenchmark
{
    private static readonly string[] Roles = [RoleGroups.Teachers, RoleGroups.Teachers, RoleGroups.Teachers, RoleGroups.Teachers, RoleGroups.Teachers,
        RoleGroups.Teachers, RoleGroups.Teachers, RoleGroups.Teachers, RoleGroups.Teachers, RoleGroups.Teachers,
        RoleGroups.Teachers, RoleGroups.Teachers, RoleGroups.Teachers, RoleGroups.Teachers, RoleGroups.Teachers,
        RoleGroups.Leaders, RoleGroups.Specialists, RoleGroups.Specialists, RoleGroups.Support, RoleGroups.Support];

    public static async Task RunAsync(string[] args)
    {
        var schools = Option(args, "--schools", 40);
        var staff = Option(args, "--staff", 1600);
        var items = Option(args, "--items", 40);
        var rate = Option(args, "--rate-percent", 100) / 100.0;
        var runs = Option(args, "--runs", 5);
        var provider = Text(args, "--provider", "sqlite");
        var connection = Text(args, "--connection", $"Data Source={Path.Combine(Path.GetTempPath(), $"beacon-bench-{Guid.NewGuid():N}.db")}");

        var builder = WebApplication.CreateBuilder(["--environment", "Production"]);
        builder.Configuration["Database:Provider"] = provider.Equals("postgres", StringComparison.OrdinalIgnoreCase) ? "Postgres" : "Sqlite";
        builder.Configuration["ConnectionStrings:Beacon"] = connection;
        builder.Configuration["Beacon:SeedDemo"] = "false";
        builder.Logging.ClearProviders();
        builder.AddBeaconData();
        builder.AddBeaconIdentity();
        builder.AddBeaconImports();
        builder.AddBeaconFrameworks();
        builder.AddBeaconPages();
        builder.AddBeaconPlans();
        builder.AddBeaconSurveys();
        await using var app = builder.Build();
        await app.PrepareDatabaseAsync();

        Console.WriteLine($"Survey results benchmark on {builder.Configuration["Database:Provider"]}: {schools} schools, {staff} staff, {items} items, {rate:P0} answering");
        var generate = Stopwatch.StartNew();
        var (districtId, surveyId, answers) = await GenerateAsync(app.Services, schools, staff, items, rate);
        Console.WriteLine($"Generated {answers.ToString("N0", CultureInfo.InvariantCulture)} answers in {generate.Elapsed.TotalSeconds:0.0} s");

        var page = await TimeAsync(runs, async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
            var results = await scope.ServiceProvider.GetRequiredService<SurveyResultsQuery>().LoadAsync(surveyId, null, CancellationToken.None);
            return results!.Schools.Count;
        });
        var rule = await TimeAsync(runs, async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
            var (disclosure, _) = await scope.ServiceProvider.GetRequiredService<SurveyResultsQuery>().DiscloseAsync(surveyId, 5, CancellationToken.None);
            return disclosure.Schools.Count;
        });
        var bare = await TimeAsync(runs, async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""SELECT "SchoolId", "RoleGroup", "ItemId", SUM("Value"), COUNT(*) FROM "SurveyAnswers" WHERE "SurveyId" = {Literal(db, surveyId)} GROUP BY "SchoolId", "RoleGroup", "ItemId" """;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
            }
            return rows;
        });
        Console.WriteLine($"District results (queries + privacy rule): median {page.TotalMilliseconds:0} ms");
        Console.WriteLine($"  of which respondent counts and the privacy rule: median {rule.TotalMilliseconds:0} ms");
        Console.WriteLine($"Bare SQL aggregate (GROUP BY school, role, item): median {bare.TotalMilliseconds:0} ms");
        Console.WriteLine($"Ratio: {page.TotalMilliseconds / Math.Max(1, bare.TotalMilliseconds):0.00}");
    }

    private static async Task<(Guid District, Guid Survey, long Answers)> GenerateAsync(IServiceProvider services, int schoolCount, int staffCount, int itemCount, double rate)
    {
        await using var scope = services.CreateAsyncScope();
        var district = await scope.ServiceProvider.GetRequiredService<DistrictProvisioner>().CreateAsync("Bench district", $"bench{Guid.NewGuid():N}"[..20]);
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(district.Id);
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var schools = Enumerable.Range(1, schoolCount).Select(i => new School { SourceId = $"s{i}", Name = $"School {i:0000}" }).ToList();
        db.Schools.AddRange(schools);
        var survey = new Survey
        {
            Id = Guid.CreateVersion7(), Name = "Bench survey", FrameworkId = Guid.NewGuid(), FrameworkVersionId = Guid.NewGuid(),
            OpensOn = new DateOnly(2026, 1, 1), ClosesOn = new DateOnly(2026, 2, 1), Status = SurveyStatus.Closed, CreatedBy = "bench",
        };
        survey.Items = Enumerable.Range(1, itemCount).Select(i => new SurveyItem
        {
            Id = Guid.NewGuid(), SurveyId = survey.Id, Position = i, IndicatorCode = $"I{i}", StandardCode = $"S{1 + (i - 1) % 8}",
            StandardName = $"Standard {1 + (i - 1) % 8}", Text = $"Statement {i}",
        }).ToList();
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var random = new Random(42);
        long answers = 0;
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        var responses = new StringBuilder();
        var values = new StringBuilder();
        var pending = 0;
        for (var person = 0; person < staffCount; person++)
        {
            if (random.NextDouble() >= rate)
            {
                continue;
            }
            var school = schools[person % schoolCount].Id;
            var role = Roles[random.Next(Roles.Length)];
            var response = Guid.NewGuid();
            var head = $"{Literal(db, district.Id)}, {Literal(db, survey.Id)}, {Literal(db, school)}, '{role}'";
            responses.Append(responses.Length == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"({Literal(db, response)}, {head})");
            foreach (var item in survey.Items)
            {
                values.Append(values.Length == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"({Literal(db, response)}, {Literal(db, item.Id)}, {head}, {random.Next(1, 6)})");
                answers++;
            }
            if (++pending == 200)
            {
                await FlushAsync();
            }
        }
        await FlushAsync();
        await transaction.CommitAsync();
        return (district.Id, survey.Id, answers);

        async Task FlushAsync()
        {
            if (pending == 0)
            {
                return;
            }
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                INSERT INTO "SurveyResponses" ("Id", "DistrictId", "SurveyId", "SchoolId", "RoleGroup") VALUES {responses};
                INSERT INTO "SurveyAnswers" ("ResponseId", "ItemId", "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "Value") VALUES {values};
                """;
            await command.ExecuteNonQueryAsync();
            responses.Clear();
            values.Clear();
            pending = 0;
        }
    }

    private static string Literal(BeaconDbContext db, Guid id) =>
        db.Database.IsSqlite() ? $"'{id.ToString().ToUpperInvariant()}'" : $"'{id}'";

    private static async Task<TimeSpan> TimeAsync(int runs, Func<Task<int>> work)
    {
        await work();
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed);
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    private static int Option(string[] args, string name, int fallback) =>
        int.TryParse(Text(args, name, ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Text(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
