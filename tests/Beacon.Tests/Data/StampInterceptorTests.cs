using Beacon.Tests.Features.SelfAssessment;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Data;

[Trait("Category", "Database")]
public class StampInterceptorTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task SaveChanges_NewRecordWithoutStamps_StampsWhoAndWhenOnItsOwnColumns()
    {
        var district = await factory.CreateDistrictAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var runId = await factory.InScopeAsync(district.Id, async (sp, db) =>
        {
            using var actor = sp.GetRequiredService<CurrentUser>().ActAs("Ada Importer", "user-ada");
            var run = new ImportRun { Id = Guid.CreateVersion7(), Kind = ImportKind.Schools, FileName = "schools.csv", Status = ImportStatus.Discarded };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });

        var stored = await factory.InScopeAsync(district.Id, (_, db) => db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
        Assert.Equal("Ada Importer", stored.UploadedBy);
        Assert.InRange(stored.UploadedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task SaveChanges_NewRecordWithItsOwnTime_KeepsIt()
    {
        var district = await factory.CreateDistrictAsync();
        var then = new DateTimeOffset(2020, 9, 1, 8, 0, 0, TimeSpan.Zero);

        var id = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var template = new AgendaTemplate { Name = "Back-dated template", CreatedAt = then };
            db.AgendaTemplates.Add(template);
            await db.SaveChangesAsync();
            return template.Id;
        });

        Assert.Equal(then, await factory.InScopeAsync(district.Id, (_, db) => db.AgendaTemplates.Where(t => t.Id == id).Select(t => t.CreatedAt).SingleAsync()));
    }

    [Fact]
    public async Task Consensus_ChangedByAnotherMember_UpdatedByAndAtFollowTheLastChange()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicator = (await s.IndicatorsAsync(cycleId))[0].Id;
        using var first = await s.SignInAsync(s.Team[0]);
        using var second = await s.SignInAsync(s.Team[1]);
        Task<(string By, DateTimeOffset At)> ConsensusAsync() => factory.InScopeAsync(s.District.Id, async (_, db) =>
        {
            var c = await db.ConsensusRatings.AsNoTracking().SingleAsync(c => c.CycleId == cycleId && c.IndicatorId == indicator);
            return (c.UpdatedBy, c.UpdatedAt);
        });
        Task<string?> UserNameAsync(TestAccount account) =>
            factory.InScopeAsync(null, (_, db) => db.Users.Where(u => u.Id == account.Id).Select(u => u.UserName).SingleAsync());

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await CycleScenario.PostIndicatorAsync(first, cycleId, indicator, "Consensus", new() { ["ConsensusLevel"] = "2" })).StatusCode);
        var recorded = await ConsensusAsync();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await CycleScenario.PostIndicatorAsync(second, cycleId, indicator, "Consensus", new() { ["ConsensusLevel"] = "3" })).StatusCode);
        var changed = await ConsensusAsync();

        Assert.Equal(await UserNameAsync(s.Team[0]), recorded.By);
        Assert.Equal(await UserNameAsync(s.Team[1]), changed.By);
        Assert.True(changed.At >= recorded.At, $"the change at {changed.At:O} comes after the first record at {recorded.At:O}");
        Assert.NotEqual(default, recorded.At);
    }
}
