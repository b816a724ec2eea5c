using System.Net;
using System.Text;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Audit;
using Beacon.Web.Features.SelfAssessment;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.SelfAssessment.CycleScenario;

namespace Beacon.Tests.Features.SelfAssessment;

[Trait("Category", "Database")]
public class CycleTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Cycle_TeamOfThreeRatesAndAgrees_SpreadConsensusEvidenceAndPrioritiesRecorded()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicators = await s.IndicatorsAsync(cycleId);
        var members = new List<BrowserlessClient>();
        foreach (var (member, level) in s.Team.Zip(new[] { 2, 2, 3 }))
        {
            var client = await s.SignInAsync(member);
            members.Add(client);
            var rated = await RateAsync(client, cycleId, indicators, _ => level);
            Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        }
        var ch1 = indicators.Single(i => i.Code == "CH.1").Id;

        var results = await members[0].GetPageAsync($"/SelfAssessment/Cycle/{cycleId}");
        Assert.Contains("Emerging: 2, Developing: 1", results, StringComparison.Ordinal);

        var consensus = await PostIndicatorAsync(members[0], cycleId, ch1, "Consensus", new() { ["ConsensusLevel"] = "3", ["ConsensusNotes"] = "Two of three saw it in most rooms." });
        Assert.Equal(HttpStatusCode.Redirect, consensus.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostIndicatorAsync(members[1], cycleId, ch1, "Note", new() { ["NoteText"] = "Walkthrough notes from March." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostIndicatorAsync(members[1], cycleId, ch1, "Link", new() { ["LinkUrl"] = "https://district.example/tlc-minutes" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostIndicatorAsync(members[2], cycleId, ch1, "Metric", new() { ["MetricId"] = s.MetricId.ToString() })).StatusCode);
        var upload = new MultipartFormDataContent { { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7 minutes")), "Upload", "minutes.pdf" } };
        var uploaded = await members[2].PostMultipartAsync($"/SelfAssessment/Indicator/{cycleId}/{ch1}", upload, $"/SelfAssessment/Indicator/{cycleId}/{ch1}?handler=File");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var page = await members[0].GetPageAsync($"/SelfAssessment/Indicator/{cycleId}/{ch1}");
        Assert.Contains("Two of three saw it in most rooms.", page, StringComparison.Ordinal);
        Assert.Contains("Reading proficiency (%), 2025-26", page, StringComparison.Ordinal);
        var stored = await factory.InScopeAsync(s.District.Id, (_, db) => db.Evidence.Where(e => e.CycleId == cycleId).Select(e => e.Kind).ToListAsync());
        Assert.Equal([EvidenceKind.Note, EvidenceKind.Link, EvidenceKind.File, EvidenceKind.Metric], stored.Order());
        var consensusLevel = await factory.InScopeAsync(s.District.Id, (_, db) => db.ConsensusRatings.Where(c => c.CycleId == cycleId).Select(c => c.Level).SingleAsync());
        Assert.Equal(3, consensusLevel);
        foreach (var client in members)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Priorities_FourthOne_RefusedWithMessageAndThreeKept()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicators = await s.IndicatorsAsync(cycleId);
        using var member = await s.SignInAsync(s.Team[0]);

        foreach (var (id, _) in indicators.Take(3))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostIndicatorAsync(member, cycleId, id, "Priority", new() { ["mark"] = "true" })).StatusCode);
        }
        var fourth = await PostIndicatorAsync(member, cycleId, indicators[3].Id, "Priority", new() { ["mark"] = "true" });

        Assert.Equal(HttpStatusCode.Conflict, fourth.StatusCode);
        Assert.Contains("already has 3 priorities", await fourth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await factory.InScopeAsync(s.District.Id, (_, db) => db.CyclePriorities.CountAsync(p => p.CycleId == cycleId)));
    }

    [Fact]
    public async Task ClosedCycle_EveryKindOfEdit_RefusedAndNothingChanges()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicators = await s.IndicatorsAsync(cycleId);
        using var member = await s.SignInAsync(s.Team[0]);
        await RateAsync(member, cycleId, indicators, _ => 2);
        var first = indicators[0].Id;
        await PostIndicatorAsync(member, cycleId, first, "Consensus", new() { ["ConsensusLevel"] = "2" });
        await PostIndicatorAsync(member, cycleId, first, "Priority", new() { ["mark"] = "true" });

        var closed = await leader.PostFormAsync($"/SelfAssessment/Close/{cycleId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var before = await SnapshotAsync(s, cycleId);

        var attempts = new[]
        {
            await RateAsync(member, cycleId, indicators, _ => 4),
            await PostIndicatorAsync(member, cycleId, first, "Consensus", new() { ["ConsensusLevel"] = "4" }),
            await PostIndicatorAsync(member, cycleId, first, "Note", new() { ["NoteText"] = "Too late" }),
            await PostIndicatorAsync(member, cycleId, first, "Priority", new() { ["mark"] = "false" }),
            await PostIndicatorAsync(leader, cycleId, indicators[1].Id, "Priority", new() { ["mark"] = "true" }),
            await leader.PostFormAsync($"/SelfAssessment/Team/{cycleId}", new Dictionary<string, string> { ["Team"] = s.Leader.Id }),
        };

        Assert.All(attempts, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Contains("This cycle is closed", await attempts[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(s, cycleId));
    }

    [Fact]
    public async Task Close_NoPriorityChosen_RefusedAndStaysOpen()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, null, s.Team);

        var response = await leader.PostFormAsync($"/SelfAssessment/Close/{cycleId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("at least one indicator as a priority", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CycleStatus.Open, await factory.InScopeAsync(s.District.Id, (_, db) => db.AssessmentCycles.Where(c => c.Id == cycleId).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task TeacherOfAnotherSchool_EveryPageOfTheCycle_NotFound()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicator = (await s.IndicatorsAsync(cycleId))[0].Id;
        using var member = await s.SignInAsync(s.Team[0]);
        var upload = new MultipartFormDataContent { { new ByteArrayContent("hello"u8.ToArray()), "Upload", "notes.txt" } };
        await member.PostMultipartAsync($"/SelfAssessment/Indicator/{cycleId}/{indicator}", upload, $"/SelfAssessment/Indicator/{cycleId}/{indicator}?handler=File");
        var evidence = await factory.InScopeAsync(s.District.Id, (_, db) => db.Evidence.Where(e => e.CycleId == cycleId).Select(e => e.Id).SingleAsync());
        using var outsider = await s.SignInAsync(s.TeacherOfB);
        var token = await outsider.TokenFromAsync("/SelfAssessment");

        var urls = new[]
        {
            $"/SelfAssessment/Cycle/{cycleId}", $"/SelfAssessment/Rate/{cycleId}", $"/SelfAssessment/Indicator/{cycleId}/{indicator}",
            $"/SelfAssessment/Evidence/{cycleId}/{evidence}", $"/SelfAssessment/Team/{cycleId}", $"/SelfAssessment/Close/{cycleId}",
            $"/SelfAssessment/Change/{cycleId}", $"/SelfAssessment/Cycle/{cycleId}?handler=Export&format=csv",
        };
        foreach (var url in urls)
        {
            Assert.True((await outsider.Http.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"GET {url}");
        }
        var post = await outsider.Http.PostAsync($"/SelfAssessment/Indicator/{cycleId}/{indicator}?handler=Consensus",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("ConsensusLevel", "1")]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var list = await outsider.GetPageAsync("/SelfAssessment");
        Assert.DoesNotContain("Self-assessment 2026", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrincipalOfTheSchool_NotOnTheTeam_LeadsTheCycleButDoesNotRate()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        using var principal = await s.SignInAsync(s.PrincipalOfA);

        Assert.Contains("Close the cycle", await principal.GetPageAsync($"/SelfAssessment/Cycle/{cycleId}"), StringComparison.Ordinal);
        AssertForbidden(await principal.GetAsync($"/SelfAssessment/Rate/{cycleId}"));
    }

    [Fact]
    public async Task Open_SchoolLeader_OnlyForTheirOwnSchool()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var principal = await s.SignInAsync(s.PrincipalOfA);

        var form = await principal.GetPageAsync("/SelfAssessment/Open");
        Assert.Contains("Alder Elementary", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Birch Middle", form, StringComparison.Ordinal);
        Assert.DoesNotContain("The district as a whole", form, StringComparison.Ordinal);

        var own = await s.OpenCycleAsync(principal, s.SchoolA, [s.PrincipalOfA]);
        var other = await principal.PostFormAsync("/SelfAssessment/Open", new Dictionary<string, string>
        {
            ["Form.FrameworkId"] = s.FrameworkId.ToString(),
            ["Form.Scope"] = s.SchoolB.ToString(),
            ["Form.Name"] = "Not mine",
            ["Form.Team"] = s.PrincipalOfA.Id,
        });

        Assert.NotEqual(Guid.Empty, own);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("Choose the district or one of the schools you lead.", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.InScopeAsync(s.District.Id, (_, db) => db.AssessmentCycles.CountAsync()));
    }

    [Fact]
    public async Task Open_Teacher_Forbidden()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var teacher = await s.SignInAsync(s.TeacherOfB);

        AssertForbidden(await teacher.GetAsync("/SelfAssessment/Open"));
    }

    [Fact]
    public async Task Evidence_FileOfWrongType_RefusedAndNothingSaved()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicator = (await s.IndicatorsAsync(cycleId))[0].Id;
        using var member = await s.SignInAsync(s.Team[0]);

        var upload = new MultipartFormDataContent { { new ByteArrayContent("<script>alert(1)</script>"u8.ToArray()), "Upload", "evil.html" } };
        var response = await member.PostMultipartAsync($"/SelfAssessment/Indicator/{cycleId}/{indicator}", upload, $"/SelfAssessment/Indicator/{cycleId}/{indicator}?handler=File");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is not a file type Beacon keeps as evidence", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await factory.InScopeAsync(s.District.Id, (_, db) => db.Evidence.CountAsync()));
    }

    [Fact]
    public async Task RatingsAndConsensus_EveryChange_AuditedWithTheActingUser()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicators = await s.IndicatorsAsync(cycleId);
        using var member = await s.SignInAsync(s.Team[1]);
        await RateAsync(member, cycleId, indicators, _ => 1);
        await RateAsync(member, cycleId, indicators, code => code == "CH.1" ? 4 : 1);
        await PostIndicatorAsync(member, cycleId, indicators[0].Id, "Consensus", new() { ["ConsensusLevel"] = "2" });
        await PostIndicatorAsync(leader, cycleId, indicators[0].Id, "Consensus", new() { ["ConsensusLevel"] = "3" });

        var audit = await factory.InScopeAsync(s.District.Id, (_, db) => db.AuditEntries
            .Where(a => a.Entity == nameof(IndividualRating) || a.Entity == nameof(ConsensusRating))
            .Select(a => new { a.Entity, a.Action, a.UserId, a.Changes })
            .ToListAsync());

        var ratings = audit.Where(a => a.Entity == nameof(IndividualRating)).ToList();
        Assert.Equal(indicators.Count, ratings.Count(a => a.Action == AuditAction.Created));
        var update = Assert.Single(ratings, a => a.Action == AuditAction.Updated);
        Assert.Contains("\"Level\":{\"from\":\"1\",\"to\":\"4\"}", update.Changes, StringComparison.Ordinal);
        Assert.All(ratings, a => Assert.Equal(s.Team[1].Id, a.UserId));
        var consensus = audit.Where(a => a.Entity == nameof(ConsensusRating)).ToList();
        Assert.Equal([(AuditAction.Created, s.Team[1].Id), (AuditAction.Updated, s.Leader.Id)], consensus.Select(a => (a.Action, a.UserId!)).OrderBy(x => x.Action));
    }

    private Task<string> SnapshotAsync(CycleScenario s, Guid cycleId) =>
        factory.InScopeAsync(s.District.Id, async (_, db) => string.Join("|",
            string.Join(",", await db.IndividualRatings.Where(r => r.CycleId == cycleId).OrderBy(r => r.Id).Select(r => r.Level + r.Comment!).ToListAsync()),
            string.Join(",", await db.ConsensusRatings.Where(r => r.CycleId == cycleId).Select(r => r.Level + r.Notes!).ToListAsync()),
            string.Join(",", await db.CyclePriorities.Where(r => r.CycleId == cycleId).OrderBy(p => p.IndicatorId).Select(p => p.IndicatorId).ToListAsync()),
            await db.Evidence.CountAsync(e => e.CycleId == cycleId),
            string.Join(",", await db.CycleMembers.Where(m => m.CycleId == cycleId).OrderBy(m => m.UserId).Select(m => m.UserId).ToListAsync())));
}
