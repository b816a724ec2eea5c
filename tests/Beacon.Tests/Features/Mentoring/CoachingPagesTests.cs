using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Mentoring;
using Beacon.Web.Features.Mentoring.Coaching;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Mentoring;

[Trait("Category", "Database")]
public class CoachingPagesTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private sealed record Seeded(TestDistrict District, MentoringFixture People, Guid CoachA, Guid CoachC, Guid Induction, Guid Goal);

    /// <summary>Coach Z coaches A (Oak, 2 hours) and C (Pine, 1 hour) in an instructional coaching programme; B is in induction.</summary>
    private async Task<Seeded> SeedAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var f = await MentoringFixture.CreateAsync(factory, district);
        var ids = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var plan = new Plan { Id = Guid.CreateVersion7(), Title = "District plan", StartYear = 2025, Years = 3 };
            var goal = new PlanGoal { Plan = plan, Position = 1, Title = "Every child reads by grade 3" };
            db.AddRange(plan, goal);
            var coaching = new MentoringProgramme { Name = "Literacy coaching", Kind = ProgrammeKind.InstructionalCoaching, StartsOn = new DateOnly(2026, 9, 1) };
            var induction = new MentoringProgramme { Name = "Induction", StartsOn = new DateOnly(2026, 9, 1) };
            Pairing Pair(MentoringProgramme p, Guid mentee, Guid mentor, Guid school, int minutes) => new()
            {
                Programme = p,
                MenteeId = mentee,
                MentorId = mentor,
                SchoolId = school,
                StartedOn = p.StartsOn,
                Sessions = [new MentoringSession { Date = p.StartsOn, Minutes = minutes, Focus = "Observation" }],
            };
            var a = Pair(coaching, f.A, f.Z, f.Oak, 120);
            var c = Pair(coaching, f.C, f.Z, f.Pine, 60);
            var b = Pair(induction, f.B, f.X, f.Oak, 30);
            db.Pairings.AddRange(a, c, b);
            await db.SaveChangesAsync();
            return (a.Id, c.Id, b.Id, goal.Id);
        });
        return new Seeded(district, f, ids.Item1, ids.Item2, ids.Item3, ids.Item4);
    }

    [Fact]
    public async Task Coaching_CoachStartsAndAdvancesACycle_PrincipalSeesStageWithoutNotesOthers404()
    {
        var s = await SeedAsync();
        using var coach = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(s.District, Roles.Coach, s.People.Z));
        var cycles = $"/Mentoring/Coaching/Cycles/{s.CoachA}";

        var caseload = WebUtility.HtmlDecode(await coach.GetPageAsync("/Mentoring/Coaching"));
        var started = await coach.PostFormAsync(cycles, new Dictionary<string, string>
        {
            ["Cycle.Goal"] = "Open questions in guided reading",
            ["Cycle.TiedTo"] = $"g:{s.Goal}",
            ["Cycle.On"] = "2026-09-07",
            ["Cycle.Notes"] = "Secret coaching note",
        }, cycles + "?handler=Start");
        var cycleId = await factory.InScopeAsync(s.District.Id, (_, db) => db.CoachingCycles.Select(c => c.Id).SingleAsync());
        var advanced = await coach.PostFormAsync(cycles, new Dictionary<string, string> { ["on"] = "2026-09-14" }, $"{cycles}?handler=Advance&coachingCycleId={cycleId}");

        Assert.Contains("<td>Oak Elementary</td><td>1</td><td>2.0</td>", caseload);
        Assert.Contains("<td>Pine Elementary</td><td>1</td><td>1.0</td>", caseload);
        Assert.Contains("Cal Tester", caseload);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, advanced.StatusCode);
        var saved = await factory.InScopeAsync(s.District.Id, (_, db) => db.CoachingCycles.SingleAsync());
        Assert.Equal((CoachingStage.Observation, new DateOnly(2026, 9, 14), s.Goal), (saved.Stage, saved.ObservedOn!.Value, saved.PlanGoalId!.Value));
        Assert.Contains("Secret coaching note", WebUtility.HtmlDecode(await coach.GetPageAsync(cycles)));

        using var principal = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(s.District, Roles.SchoolLeader, s.People.P));
        var atSchool = WebUtility.HtmlDecode(await principal.GetPageAsync("/Mentoring/Coaching"));
        var principalCycles = WebUtility.HtmlDecode(await principal.GetPageAsync(cycles));
        Assert.Contains("<td>Zed Tester</td><td>2.0</td><td>Open questions in guided reading</td><td>Plan goal: Every child reads by grade 3</td><td>observed</td>", atSchool);
        Assert.DoesNotContain("Cal Tester", atSchool);
        Assert.Contains("Open questions in guided reading", principalCycles);
        Assert.DoesNotContain("Secret", atSchool + principalCycles);
        Assert.DoesNotContain("Start cycle", principalCycles);
        Assert.Equal(HttpStatusCode.NotFound, (await principal.GetAsync($"/Mentoring/Coaching/Cycles/{s.CoachC}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await principal.PostFormAsync(cycles, new Dictionary<string, string>(), $"{cycles}?handler=Advance&coachingCycleId={cycleId}")).StatusCode);

        using var other = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(s.District, Roles.Teacher, s.People.B));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(cycles)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/Mentoring/Coaching/Cycles/{s.Induction}")).StatusCode);
    }

    [Fact]
    public async Task Coaching_StartWithoutGoalOrTieAndAdvanceBackwards_FieldMessagesNothingSaved()
    {
        var s = await SeedAsync();
        using var teacher = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(s.District, Roles.Teacher, s.People.A));
        var cycles = $"/Mentoring/Coaching/Cycles/{s.CoachA}";

        var empty = await teacher.PostFormAsync(cycles, new Dictionary<string, string> { ["Cycle.Goal"] = "", ["Cycle.TiedTo"] = $"g:{Guid.NewGuid()}" }, cycles + "?handler=Start");
        var emptyBody = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        var cycleId = await factory.InScopeAsync(s.District.Id, async (_, db) =>
        {
            var cycle = new CoachingCycle { PairingId = s.CoachA, Goal = "Pacing", GoalSetOn = new DateOnly(2026, 10, 1) };
            db.CoachingCycles.Add(cycle);
            await db.SaveChangesAsync();
            return cycle.Id;
        });
        var backwards = await teacher.PostFormAsync(cycles, new Dictionary<string, string> { ["on"] = "2026-09-01" }, $"{cycles}?handler=Advance&coachingCycleId={cycleId}");
        var backwardsBody = WebUtility.HtmlDecode(await backwards.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter the cycle's goal.", emptyBody);
        Assert.Contains("Choose the plan goal or framework indicator the cycle serves.", emptyBody);
        Assert.Equal(HttpStatusCode.OK, backwards.StatusCode);
        Assert.Contains("The date cannot be before the cycle's previous step.", backwardsBody);
        var saved = await factory.InScopeAsync(s.District.Id, (_, db) => db.CoachingCycles.ToListAsync());
        Assert.Equal(CoachingStage.Goal, Assert.Single(saved).Stage);
    }
}
