using Beacon.Web.Data;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Generate;

/// <summary>What a generation produced, for the summary and for tests.</summary>
public sealed record GenerationReport(
    Guid DistrictId, Guid SurveyId, int Schools, int Staff, int Assignments, int Metrics, long Answers,
    IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases);

/// <summary>
/// Fills a new district <c>bench-&lt;scale&gt;</c> through the importer: the district and its
/// administrator, then schools, staff (in files of <paramref name="staffPerFile"/> rows, the
/// importer's bulk path) and three years of metrics as Beacon's own templates, then a 40-item
/// survey answered by every staff member, then one account per role (<see cref="BenchAccounts"/>).
/// Refuses a database that already has the district.
/// </summary>
public sealed class ScaleGenerator(IServiceProvider services, ScaleProfile profile, TextWriter? output = null, int staffPerFile = 5_000)
{
    private readonly List<(string, TimeSpan)> _phases = [];

    public async Task<GenerationReport> RunAsync(CancellationToken cancellationToken = default)
    {
        await using (var check = services.CreateAsyncScope())
        {
            if (await check.ServiceProvider.GetRequiredService<DistrictProvisioner>().SlugTakenAsync(profile.Slug, cancellationToken))
            {
                throw new DistrictExistsException(profile.Slug);
            }
        }
        var data = new ScaleData(profile);
        var districtId = await Phase("district", 1, async progress =>
        {
            var id = await CreateDistrictAsync(cancellationToken);
            progress(1);
            return id;
        });

        await Phase("schools", data.Schools.Count, async progress =>
        {
            await BenchImports.ImportAsync(services, districtId, ImportKind.Schools, "schools.csv", TemplateFiles.Schools(data.Schools), cancellationToken);
            progress(data.Schools.Count);
            return 0;
        });

        await Phase("staff", profile.Staff, async progress =>
        {
            for (var from = 0; from < profile.Staff; from += staffPerFile)
            {
                var to = Math.Min(profile.Staff, from + staffPerFile);
                await BenchImports.ImportAsync(services, districtId, ImportKind.Staff, $"staff-{from + 1}.csv", TemplateFiles.Staff(data.Staff(from, to)), cancellationToken);
                progress(to);
            }
            return 0;
        });

        await Phase("metrics", data.Schools.Count * ScaleProfile.Years.Count, async progress =>
        {
            for (var year = 0; year < ScaleProfile.Years.Count; year++)
            {
                await BenchImports.ImportAsync(services, districtId, ImportKind.Metrics, $"metrics-{ScaleProfile.Years[year]}.csv", TemplateFiles.Metrics(data, year), cancellationToken);
                progress((year + 1) * data.Schools.Count);
            }
            return 0;
        });

        var (surveyId, answers) = await Phase("survey", profile.Staff, progress => AnswerSurveyAsync(districtId, progress, cancellationToken));

        await Phase("accounts", BenchAccounts.All.Count, async progress =>
        {
            await BenchAccounts.EnsureAsync(services, profile, districtId, cancellationToken);
            progress(BenchAccounts.All.Count);
            return 0;
        });

        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        return new GenerationReport(
            districtId, surveyId,
            await db.Schools.CountAsync(cancellationToken), await db.StaffMembers.CountAsync(cancellationToken),
            await db.StaffAssignments.CountAsync(cancellationToken), await db.SchoolMetrics.CountAsync(cancellationToken),
            answers, _phases);
    }

    private async Task<Guid> CreateDistrictAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        using var actor = provider.GetRequiredService<CurrentUser>().ActAs(BenchImports.Actor);
        var district = await provider.GetRequiredService<DistrictProvisioner>().CreateAsync(profile.DistrictName, profile.Slug, cancellationToken);
        // The benchmarks sign in with the administrator's password alone; a required authenticator would send them to its set-up page.
        district.TwoFactorRequiredForAdministrators = false;
        var users = provider.GetRequiredService<UserManager<BeaconUser>>();
        var admin = new BeaconUser
        {
            UserName = profile.AdminEmail,
            Email = profile.AdminEmail,
            EmailConfirmed = true,
            DisplayName = $"{profile.DistrictName} administrator",
            DistrictId = district.Id,
        };
        var created = await users.CreateAsync(admin, ScaleProfile.AdminPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {profile.AdminEmail}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
        var role = await users.AddToRoleAsync(admin, Roles.DistrictAdministrator);
        if (!role.Succeeded)
        {
            throw new InvalidOperationException($"Could not make {profile.AdminEmail} a district administrator: {string.Join("; ", role.Errors.Select(e => e.Description))}");
        }
        return district.Id;
    }

    private async Task<(Guid Survey, long Answers)> AnswerSurveyAsync(Guid districtId, Action<long> progress, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        using var actor = scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(BenchImports.Actor);
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var schoolIds = await db.Schools.OrderBy(s => s.SourceId).Select(s => s.Id).ToListAsync(cancellationToken);
        var survey = BenchSurvey.Add(db, profile.SurveyItems, schoolIds, BenchImports.Actor, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // Each person answers once, at the school where they hold most of their post.
        var assignments = await db.StaffAssignments
            .Select(a => new { a.StaffMemberId, Staff = a.StaffMember!.SourceId, a.StaffMember.Role, a.SchoolId, School = a.School!.SourceId, a.School.PovertyPercent, a.Fte })
            .ToListAsync(cancellationToken);
        var respondents = assignments
            .GroupBy(a => a.Staff, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(a => a.Fte).ThenBy(a => a.School, StringComparer.Ordinal).First())
            .Select(a => new SurveyRespondent(a.StaffMemberId, a.SchoolId, RoleGroups.For(a.Role), a.PovertyPercent ?? 50))
            .ToList();
        var random = new Random(profile.Seed);
        var items = survey.Items.OrderBy(i => i.Position).Select(i => i.Id).ToList();
        var answers = await SurveyAnswerWriter.WriteAsync(db, districtId, survey.Id, items, respondents,
            (respondent, item) => ScaleData.Answer(random, respondent.Poverty, item), progress, cancellationToken);
        // The answers went in beside the answer page, so its tallies are computed the way the operator's command does.
        await new SurveyTallies(db).RebuildAsync(survey.Id, cancellationToken);
        return (survey.Id, answers);
    }

    private async Task<T> Phase<T>(string name, long total, Func<Action<long>, Task<T>> work)
    {
        var bar = new ProgressBar(name, total, output);
        long done = 0;
        var result = await work(d => bar.Report(done = d));
        _phases.Add((name, bar.Finish(done)));
        return result;
    }
}

/// <summary>The database already holds the district a generation would create.</summary>
public sealed class DistrictExistsException(string slug) : Exception(
    $"District {slug} already exists in this database, so nothing was generated. Benchmarks use it as it is; to generate it again, use a fresh database.")
{
    public string Slug { get; } = slug;
}
