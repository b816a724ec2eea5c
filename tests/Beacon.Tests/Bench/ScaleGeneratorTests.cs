extern alias bench;
using System.Globalization;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using bench::Beacon.Bench.Generate;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Bench;

[Trait("Category", "Database")]
public class ScaleGeneratorTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    /// <summary>A profile of its own for each call (the slug is the scale), drawing from the same seed.</summary>
    private static ScaleProfile Tiny() => new($"t{Guid.NewGuid():N}"[..12], "Tiny Unified", Schools: 3, Staff: 30, SurveyItems: 40, Seed: 7);

    [Fact]
    public async Task Generate_TinyProfile_ImportsEverythingThroughTheImporter()
    {
        var profile = Tiny();

        var report = await new ScaleGenerator(factory.Services, profile, TextWriter.Null, staffPerFile: 12).RunAsync();

        Assert.Equal(3, report.Schools);
        Assert.Equal(30, report.Staff);
        Assert.InRange(report.Assignments, 30, 33);
        Assert.Equal(3 * 3 * ScaleData.MeasureCodes.Count, report.Metrics);
        Assert.Equal(30L * 40, report.Answers);
        Assert.Equal(["district", "schools", "staff", "metrics", "survey", "accounts"], report.Phases.Select(p => p.Phase));
        await factory.InScopeAsync(report.DistrictId, async (sp, db) =>
        {
            // Schools, three staff files of 12, 12 and 6 rows, and a metrics file per year: all applied by the importer.
            var runs = await db.ImportRuns.OrderBy(r => r.UploadedAt).Select(r => new { r.Kind, r.Status, r.Created, r.UploadedBy }).ToListAsync();
            Assert.Equal([ImportKind.Schools, ImportKind.Staff, ImportKind.Staff, ImportKind.Staff, ImportKind.Metrics, ImportKind.Metrics, ImportKind.Metrics],
                runs.Select(r => r.Kind));
            Assert.All(runs, r => Assert.Equal(ImportStatus.Applied, r.Status));
            Assert.All(runs, r => Assert.Equal(BenchImports.Actor, r.UploadedBy));
            Assert.Equal(3, await db.SchoolYears.CountAsync());
            Assert.Equal(30, await db.SurveyResponses.CountAsync());
            Assert.Equal(30, await db.SurveyInvitations.CountAsync(i => i.Answered));
            Assert.Equal(40, await db.SurveyItems.CountAsync(i => i.SurveyId == report.SurveyId));
            Assert.True(await db.Frameworks.AnyAsync(f => f.Adopted && f.Id == db.Surveys.Single(s => s.Id == report.SurveyId).FrameworkId));
            var admin = await sp.GetRequiredService<UserManager<BeaconUser>>().FindByEmailAsync(profile.AdminEmail);
            Assert.NotNull(admin);
            Assert.Equal(report.DistrictId, admin.DistrictId);
            Assert.True(await sp.GetRequiredService<UserManager<BeaconUser>>().CheckPasswordAsync(admin, ScaleProfile.AdminPassword));
            Assert.True(await sp.GetRequiredService<UserManager<BeaconUser>>().IsInRoleAsync(admin, Roles.DistrictAdministrator));
        });
    }

    [Fact]
    public async Task Generate_TinyProfile_AddsOneAccountPerRoleLinkedWhereTheHomeNeedsIt()
    {
        var profile = Tiny();
        var report = await new ScaleGenerator(factory.Services, profile, TextWriter.Null).RunAsync();

        await factory.InScopeAsync(report.DistrictId, async (sp, db) =>
        {
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            foreach (var (home, role, staffRole) in BenchAccounts.All)
            {
                var user = await users.FindByEmailAsync(BenchAccounts.Email(home, profile));
                Assert.NotNull(user);
                Assert.Equal(report.DistrictId, user.DistrictId);
                Assert.True(await users.IsInRoleAsync(user, role), $"{home} holds {role}");
                Assert.True(await users.CheckPasswordAsync(user, ScaleProfile.AdminPassword));
                var staff = await db.StaffMembers.Where(m => m.Id == user.StaffMemberId).Select(m => (Beacon.Web.Features.Staff.StaffRole?)m.Role).SingleOrDefaultAsync();
                Assert.Equal(staffRole, staff);
            }
            // Ensuring them again adds nothing.
            var before = await db.Users.CountAsync(u => u.DistrictId == report.DistrictId);
            await BenchAccounts.EnsureAsync(factory.Services, profile, report.DistrictId);
            Assert.Equal(before, await db.Users.CountAsync(u => u.DistrictId == report.DistrictId));
        });
    }

    [Fact]
    public async Task OpenSurvey_GeneratedDistrict_EachCodeOpensItsOwnAnswerSheet()
    {
        var report = await new ScaleGenerator(factory.Services, Tiny(), TextWriter.Null).RunAsync();

        var (survey, codes) = await BenchOpenSurvey.CreateAsync(factory.Services, report.DistrictId, report.SurveyId, 5, "Open");

        Assert.Equal(5, codes.Distinct(StringComparer.Ordinal).Count());
        await factory.InScopeAsync(report.DistrictId, async (sp, db) =>
        {
            var sheets = sp.GetRequiredService<Beacon.Web.Features.Surveys.AnswerSheets>();
            var opened = new List<Guid>();
            foreach (var code in codes)
            {
                var sheet = await sheets.ByCodeAsync(code, CancellationToken.None);
                Assert.Equal(Beacon.Web.Features.Surveys.SheetState.Open, sheet.State);
                Assert.Equal(40, sheet.Items.Count);
                opened.Add(sheet.InvitationId);
            }
            Assert.Equal(5, opened.Distinct().Count());
            Assert.Equal(5, await db.SurveyInvitations.CountAsync(i => i.SurveyId == survey && !i.Answered));
        });
    }

    [Fact]
    public async Task Generate_SameProfileTwice_SameSourceIdsValuesAndAnswers()
    {
        var first = await new ScaleGenerator(factory.Services, Tiny(), TextWriter.Null).RunAsync();
        var second = await new ScaleGenerator(factory.Services, Tiny(), TextWriter.Null).RunAsync();

        var a = await SnapshotAsync(first);
        var b = await SnapshotAsync(second);

        Assert.Equal(30, a.Staff.Count);
        Assert.Equal(a.Staff, b.Staff);
        Assert.Equal(a.Metrics, b.Metrics);
        Assert.Equal(a.Answers, b.Answers);
        Assert.Contains(a.Staff, s => s.Contains("Administrator", StringComparison.Ordinal));
        Assert.True(a.Answers.Select(x => x.Split('=')[1]).Distinct().Count() > 1, "answers differ between groups");
    }

    [Fact]
    public async Task Generate_DistrictAlreadyThere_RefusesAndAddsNothing()
    {
        var profile = Tiny();
        await new ScaleGenerator(factory.Services, profile, TextWriter.Null).RunAsync();

        var refused = await Assert.ThrowsAsync<DistrictExistsException>(() => new ScaleGenerator(factory.Services, profile, TextWriter.Null).RunAsync());

        Assert.Contains(profile.Slug, refused.Message, StringComparison.Ordinal);
        var districts = await factory.InScopeAsync(null, (_, db) => db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter]).CountAsync(d => d.Slug == profile.Slug));
        Assert.Equal(1, districts);
    }

    private sealed record Snapshot(List<string> Staff, List<string> Metrics, List<string> Answers);

    /// <summary>The generated data by source ids and values (record ids are new in every district).</summary>
    private Task<Snapshot> SnapshotAsync(GenerationReport report) => factory.InScopeAsync(report.DistrictId, async (_, db) =>
    {
        var staff = (await db.StaffAssignments
                .Select(x => new { Staff = x.StaffMember!.SourceId, x.StaffMember.GivenName, x.StaffMember.Role, x.StaffMember.YearsOfExperience, x.StaffMember.Certification, x.StaffMember.Effectiveness, School = x.School!.SourceId, x.Fte, x.Subject, x.OutOfField })
                .ToListAsync())
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Staff} {x.GivenName} {x.Role} {x.YearsOfExperience} {x.Certification} {x.Effectiveness} {x.School} {x.Fte} {x.Subject} {x.OutOfField}"))
            .Order(StringComparer.Ordinal).ToList();
        var metrics = (await db.SchoolMetrics.Select(m => new { School = m.School!.SourceId, Year = m.SchoolYear!.Name, m.Measure!.Code, m.Value }).ToListAsync())
            .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.School} {m.Year} {m.Code} {m.Value}"))
            .Order(StringComparer.Ordinal).ToList();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Id, s => s.SourceId);
        var items = await db.SurveyItems.Where(i => i.SurveyId == report.SurveyId).ToDictionaryAsync(i => i.Id, i => i.Position);
        var answers = (await db.SurveyAnswers.Where(x => x.SurveyId == report.SurveyId).Select(x => new { x.SchoolId, x.RoleGroup, x.ItemId, x.Value }).ToListAsync())
            .GroupBy(x => (School: schools[x.SchoolId], x.RoleGroup, Item: items[x.ItemId]))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.School} {g.Key.RoleGroup} {g.Key.Item}={g.Sum(x => x.Value)}"))
            .Order(StringComparer.Ordinal).ToList();
        return new Snapshot(staff, metrics, answers);
    });
}
