using Beacon.Web.Data;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Generate;

/// <summary>Finds a generated district and its survey, or generates them when the database has none yet.</summary>
public static class BenchDistricts
{
    /// <summary>The district of <paramref name="profile"/> and its survey, generated first (with progress) when missing.</summary>
    public static async Task<(Guid District, Guid Survey)> FindOrGenerateAsync(IServiceProvider services, ScaleProfile profile)
    {
        if (await FindAsync(services, profile.Slug) is { } found)
        {
            Console.WriteLine($"Using the generated district {profile.Slug}.");
            return found;
        }
        Console.WriteLine($"This database has no district {profile.Slug}: generating it first.");
        var report = await new ScaleGenerator(services, profile).RunAsync();
        GenerateCommand.Print(report, profile);
        return (report.DistrictId, report.SurveyId);
    }

    public static async Task<(Guid District, Guid Survey)?> FindAsync(IServiceProvider services, string slug)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        // Looking a district up by its slug is system work: no district is acting yet.
        var districtId = await db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
            .Where(d => d.Slug == slug).Select(d => (Guid?)d.Id).FirstOrDefaultAsync();
        if (districtId is null)
        {
            return null;
        }
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId.Value);
        var surveyId = await db.Surveys.Where(s => s.Name == BenchSurvey.SurveyName && s.Status == SurveyStatus.Closed)
            .Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
        return surveyId is null ? null : (districtId.Value, surveyId.Value);
    }
}
