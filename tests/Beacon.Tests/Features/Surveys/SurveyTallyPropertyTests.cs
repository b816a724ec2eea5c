using System.Data.Common;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Surveys;
using CsCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// The tallies a release reads (<see cref="SurveyTallies"/>) always equal a recomputation from the
/// stored answers: after random submissions through <see cref="SurveySubmission"/>, some of which
/// crash inside their transaction (after the answers are written, after the tallies are written,
/// or at the commit), and after a rebuild. A crashed submission leaves no answer, no tally and the
/// invitation unanswered, so its person can answer again.
/// </summary>
[Trait("Category", "Database")]
public class SurveyTallyPropertyTests(SurveyTallyPropertyTests.CrashingFactory factory) : IClassFixture<SurveyTallyPropertyTests.CrashingFactory>
{
    private const int Items = 4;

    public enum Crash
    {
        None,
        AfterAnswers,
        AfterTallies,
        AtCommit,
    }

    /// <summary>One person submitting: their school and role group, a value 1–5 per item (0 leaves it unanswered), and where the process dies.</summary>
    public sealed record Submission(int School, int Role, int[] Values, Crash Crash);

    private static readonly Gen<Submission> Submissions =
        from school in Gen.Int[0, 1]
        from role in Gen.Int[0, 2]
        from values in Gen.Int[0, 5].Array[Items]
        from crash in Gen.Frequency((3, Gen.Const(Crash.None)), (1, Gen.Enum<Crash>()))
        select new Submission(school, role, values, crash);

    [Fact]
    public async Task Submit_RandomSubmissionsWithCrashes_TalliesEqualRecomputationFromAnswers()
    {
        var survey = await SurveyAsync();
        await Submissions.Array[1, 8].SampleAsync(async batch =>
        {
            foreach (var submission in batch)
            {
                await SubmitAsync(survey, submission);
            }
            await AssertTalliesMatchAnswersAsync(survey);
        }, iter: 12, threads: 1);
        await AssertTalliesMatchAnswersAsync(survey);
        Assert.True(await factory.InScopeAsync(survey.District, (_, db) => db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id)), "no submission went through");
    }

    [Fact]
    public async Task Rebuild_TalliesDamaged_RecomputedFromAnswers()
    {
        var survey = await SurveyAsync();
        Submission[] submissions =
        [
            new(0, 0, [5, 4, 3, 0], Crash.None),
            new(0, 0, [1, 2, 3, 4], Crash.None),
            new(1, 2, [3, 3, 0, 5], Crash.None),
            new(1, 2, [2, 2, 2, 2], Crash.AtCommit),
            new(0, 1, [4, 0, 0, 1], Crash.None),
        ];
        foreach (var submission in submissions)
        {
            await SubmitAsync(survey, submission);
        }
        await factory.InScopeAsync(survey.District, async (_, db) =>
        {
            await db.SurveyItemTallies.Where(t => t.SurveyId == survey.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Count, 999).SetProperty(t => t.Chose3, 0));
            return await db.SurveyCellTallies.Where(t => t.SurveyId == survey.Id).ExecuteDeleteAsync();
        });

        var rebuilt = await factory.InScopeAsync(null, (sp, _) => sp.GetRequiredService<SurveyTallies>().RebuildAllAsync(CancellationToken.None));

        Assert.True(rebuilt >= 1);
        await AssertTalliesMatchAnswersAsync(survey);
    }

    private async Task SubmitAsync(TallySurvey survey, Submission submission)
    {
        var invitation = await factory.InScopeAsync(survey.District, async (_, db) =>
        {
            var row = new SurveyInvitation
            {
                Id = Guid.NewGuid(),
                SurveyId = survey.Id,
                StaffMemberId = Guid.NewGuid(),
                SchoolId = survey.Schools[submission.School],
                RoleGroup = RoleGroups.All[submission.Role],
            };
            db.SurveyInvitations.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        var answers = survey.Items.Zip(submission.Values).Where(p => p.Second > 0).ToDictionary(p => p.First, p => p.Second);
        factory.Switch.Point = submission.Crash;
        try
        {
            var submit = factory.InScopeAsync(survey.District, (sp, _) =>
                sp.GetRequiredService<SurveySubmission>().SubmitAsync(invitation, answers, "a comment", CancellationToken.None));
            if (submission.Crash == Crash.None)
            {
                Assert.Equal(SubmitOutcome.Recorded, await submit);
                return;
            }
            await Assert.ThrowsAnyAsync<Exception>(() => submit);
        }
        finally
        {
            factory.Switch.Point = Crash.None;
        }
        Assert.False(await factory.InScopeAsync(survey.District, (_, db) => db.SurveyInvitations.Where(i => i.Id == invitation).Select(i => i.Answered).SingleAsync()),
            "a crashed submission left its invitation answered");
    }

    private Task AssertTalliesMatchAnswersAsync(TallySurvey survey) =>
        factory.InScopeAsync(survey.District, async (_, db) =>
        {
            var expected = (await db.SurveyAnswers.Where(a => a.SurveyId == survey.Id)
                    .Select(a => new { a.SchoolId, a.RoleGroup, a.ItemId, a.Value }).ToListAsync())
                .GroupBy(a => (a.SchoolId, a.RoleGroup, a.ItemId))
                .Select(g => $"{g.Key.SchoolId}|{g.Key.RoleGroup}|{g.Key.ItemId}|{g.Count()}|{g.Sum(a => a.Value)}|"
                    + string.Join(",", Enumerable.Range(1, 5).Select(v => g.Count(a => a.Value == v))))
                .Order(StringComparer.Ordinal).ToList();
            var actual = (await db.SurveyItemTallies.Where(t => t.SurveyId == survey.Id).ToListAsync())
                .Where(t => t.Count > 0)
                .Select(t => $"{t.SchoolId}|{t.RoleGroup}|{t.ItemId}|{t.Count}|{t.Sum}|{t.Chose1},{t.Chose2},{t.Chose3},{t.Chose4},{t.Chose5}")
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);

            var respondents = (await db.SurveyResponses.Where(r => r.SurveyId == survey.Id).Select(r => new { r.SchoolId, r.RoleGroup }).ToListAsync())
                .GroupBy(r => $"{r.SchoolId}|{r.RoleGroup}").Select(g => $"{g.Key}|{g.Count()}").Order(StringComparer.Ordinal).ToList();
            var cells = (await db.SurveyCellTallies.Where(t => t.SurveyId == survey.Id).ToListAsync())
                .Select(t => $"{t.SchoolId}|{t.RoleGroup}|{t.Respondents}").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(respondents, cells);
            return true;
        });

    public sealed record TallySurvey(Guid District, Guid Id, IReadOnlyList<Guid> Schools, IReadOnlyList<Guid> Items);

    private async Task<TallySurvey> SurveyAsync()
    {
        var district = await factory.CreateDistrictAsync();
        return await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var framework = await db.Frameworks.Include(f => f.Versions).SingleAsync(f => f.PackKey == "tlc-principles");
            var schools = new[] { new School { SourceId = "oak", Name = "Oak" }, new School { SourceId = "elm", Name = "Elm" } };
            var survey = new Survey
            {
                Id = Guid.CreateVersion7(),
                Name = "Tallied survey",
                FrameworkId = framework.Id,
                FrameworkVersionId = framework.Versions[0].Id,
                OpensOn = new DateOnly(2025, 1, 1),
                ClosesOn = new DateOnly(2099, 1, 1),
                Status = SurveyStatus.Published,
                CreatedBy = "test",
            };
            for (var i = 0; i < Items; i++)
            {
                survey.Items.Add(new SurveyItem { Id = Guid.NewGuid(), SurveyId = survey.Id, Position = i + 1, IndicatorCode = $"T.{i}", StandardCode = "T", StandardName = "Tallies", Text = $"Statement {i}" });
            }
            db.AddRange(schools);
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();
            return new TallySurvey(district.Id, survey.Id, schools.Select(s => s.Id).ToList(), survey.Items.Select(i => i.Id).ToList());
        });
    }

    /// <summary>The app with a switch that makes the next submission die at a chosen point inside its transaction.</summary>
    public sealed class CrashingFactory : BeaconFactory
    {
        public CrashSwitch Switch { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.ConfigureDbContext<SqliteBeaconDbContext>((_, options) => options.AddInterceptors(Switch, Switch.AtCommit));
                services.ConfigureDbContext<PostgresBeaconDbContext>((_, options) => options.AddInterceptors(Switch, Switch.AtCommit));
            });
        }
    }

    public sealed class SimulatedCrash(string where) : Exception($"Simulated crash {where}");

    public sealed class CrashSwitch : DbCommandInterceptor
    {
        public Crash Point { get; set; }

        public CommitCrash AtCommit { get; }

        public CrashSwitch() => AtCommit = new CommitCrash(this);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            // The tallies are written right after the answers, the drafts deleted right after the tallies.
            if (Point == Crash.AfterAnswers && command.CommandText.Contains("INSERT INTO \"SurveyItemTallies\"", StringComparison.Ordinal))
            {
                throw new SimulatedCrash("after the answers were written");
            }
            if (Point == Crash.AfterTallies && command.CommandText.Contains("DELETE FROM \"SurveyDrafts\"", StringComparison.Ordinal))
            {
                throw new SimulatedCrash("after the tallies were written");
            }
            return ValueTask.FromResult(result);
        }
    }

    public sealed class CommitCrash(CrashSwitch owner) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            owner.Point == Crash.AtCommit ? throw new SimulatedCrash("at the commit") : ValueTask.FromResult(result);
    }
}
