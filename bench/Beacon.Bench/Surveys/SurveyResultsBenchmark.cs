using System.Globalization;
using Beacon.Bench.Generate;
using Beacon.Bench.Shared;
using Beacon.Web.Data;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Surveys;

/// <summary>
/// Times the district results of the generated district's 40-item survey (every query and the
/// privacy rule, as the results page runs them: a repeat view, and the first view of a release,
/// before its figures are kept in memory) against the bare SQL aggregate over the same answers,
/// in the same run. Uses district <c>bench-&lt;scale&gt;</c> when the database has it
/// (from <c>generate</c>), and generates it first when not.
/// </summary>
public static class SurveyResultsBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var profile = ScaleProfile.For(options.Scale);
        var runs = options.Int("--runs", 5);
        await using var app = await BenchHost.StartAsync(options);
        var (districtId, surveyId) = await BenchDistricts.FindOrGenerateAsync(app.Services, profile);
        Console.WriteLine($"Survey results benchmark on {options.ProviderName}, {profile.Slug}, {runs} runs after a warm-up:");
        // Results are read from a release (see Features/Surveys/README.md); the generated survey gets one first.
        var releaseId = await ReleaseAsync(app.Services, districtId, surveyId);

        var page = await Timing.MeasureAsync(runs, () => InDistrictAsync(app.Services, districtId, async sp =>
        {
            var results = await sp.GetRequiredService<SurveyResultsQuery>().LoadAsync(surveyId, null, CancellationToken.None);
            return results!.Schools.Count;
        }));
        // The release's figures are kept in memory after the first view (a release never changes): this is that first view.
        var cold = await Timing.MeasureAsync(runs, () => InDistrictAsync(app.Services, districtId, async sp =>
        {
            ((MemoryCache)sp.GetRequiredService<IMemoryCache>()).Clear();
            var results = await sp.GetRequiredService<SurveyResultsQuery>().LoadAsync(surveyId, null, CancellationToken.None);
            return results!.Schools.Count;
        }));
        var rule = await Timing.MeasureAsync(runs, () => InDistrictAsync(app.Services, districtId, async sp =>
        {
            ((MemoryCache)sp.GetRequiredService<IMemoryCache>()).Clear();
            var (disclosure, _) = await sp.GetRequiredService<SurveyResultsQuery>().DiscloseAsync(releaseId, 5, CancellationToken.None);
            return disclosure.Schools.Count;
        }));
        var bare = await Timing.MeasureAsync(runs, () => InDistrictAsync(app.Services, districtId, async sp =>
        {
            var db = sp.GetRequiredService<BeaconDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""SELECT "SchoolId", "RoleGroup", "ItemId", SUM("Value"), COUNT(*) FROM "SurveyAnswers" WHERE "SurveyId" = {SurveyAnswerWriter.Literal(db, surveyId)} GROUP BY "SchoolId", "RoleGroup", "ItemId" """;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
            }
            return rows;
        }));

        const string reference = "bare SQL GROUP BY aggregate";
        new BenchResult("surveys", options.ProviderName, profile.Scale, "district results page queries", Ms(page.Median), "ms", reference, Ms(bare.Median)).Record(options);
        new BenchResult("surveys", options.ProviderName, profile.Scale, "district results page queries, first view of a release", Ms(cold.Median), "ms", reference, Ms(bare.Median)).Record(options);
        new BenchResult("surveys", options.ProviderName, profile.Scale, "respondent counts and privacy rule", Ms(rule.Median), "ms", reference, Ms(bare.Median)).Record(options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  (medians; p95: results page {Ms(page.P95):0} ms, first view {Ms(cold.P95):0} ms, privacy rule {Ms(rule.P95):0} ms, bare aggregate {Ms(bare.P95):0} ms)"));
    }

    private static async Task<Guid> ReleaseAsync(IServiceProvider services, Guid districtId, Guid surveyId)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var survey = await db.Surveys.SingleAsync(s => s.Id == surveyId);
        await scope.ServiceProvider.GetRequiredService<SurveyReleaser>().ReleaseAsync(survey, final: false, CancellationToken.None);
        return await db.SurveyReleases.Where(r => r.SurveyId == surveyId).OrderByDescending(r => r.Number).Select(r => r.Id).FirstAsync();
    }

    private static async Task InDistrictAsync(IServiceProvider services, Guid districtId, Func<IServiceProvider, Task<int>> work)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        await work(scope.ServiceProvider);
    }

    private static double Ms(TimeSpan time) => time.TotalMilliseconds;
}
