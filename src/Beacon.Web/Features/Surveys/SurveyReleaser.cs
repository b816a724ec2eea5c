using System.Data;
using Beacon.Web.Data;
using Beacon.Web.Features.Surveys.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Makes the next numbered release of a survey's results by <see cref="ReleaseRule"/>: refreshed
/// cells are copied from the survey's tallies (<see cref="SurveyTallies"/>, kept with each
/// submission), the others from the previous release; no answer is read. Counts,
/// figures and comments are read in one repeatable-read transaction, so a response submitted
/// meanwhile is in all of them or in none.
/// </summary>
public sealed class SurveyReleaser(BeaconDbContext db, TimeProvider clock)
{
    public async Task<SurveyRelease?> ReleaseAsync(Survey survey, bool final, CancellationToken cancellationToken)
    {
        return await db.InTransactionAsync(async cancellationToken =>
        {
            var minimum = MinimumRespondents.Effective(await db.Districts.Select(d => d.SurveyMinimumRespondents).FirstAsync(cancellationToken));
            var previous = await db.SurveyReleases.AsNoTracking().Include(r => r.Cells)
                .Where(r => r.SurveyId == survey.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
            var live = (await db.SurveyCellTallies.Where(c => c.SurveyId == survey.Id)
                    .Select(c => new { c.SchoolId, c.RoleGroup, c.Respondents })
                    .ToListAsync(cancellationToken))
                .Select(c => new CellCount(c.SchoolId, c.RoleGroup, c.Respondents)).ToList();
            var before = previous?.Cells.Select(c => new CellCount(c.SchoolId, c.RoleGroup, c.Respondents)).ToList() ?? [];
            var plan = ReleaseRule.Next(before, live, minimum);
            if (!plan.ChangesAnything && (previous is null || !final || previous.Final))
            {
                return (false, (SurveyRelease?)null);
            }
            var release = new SurveyRelease
            {
                Id = Guid.CreateVersion7(),
                SurveyId = survey.Id,
                Number = (previous?.Number ?? 0) + 1,
                ReleasedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                Minimum = minimum,
                Respondents = plan.Respondents,
                Final = final,
                Cells = plan.Cells.Select(c => new SurveyReleaseCell { SchoolId = c.SchoolId, RoleGroup = c.RoleGroup, Respondents = c.Respondents }).ToList(),
            };
            db.SurveyReleases.Add(release);
            var refreshed = plan.Refreshed.Select(c => (c.SchoolId, c.RoleGroup)).ToHashSet();
            var refreshedSchools = plan.Refreshed.Select(c => c.SchoolId).Distinct().ToList();
            var kept = plan.Cells.Where(c => !refreshed.Contains((c.SchoolId, c.RoleGroup))).Select(c => (c.SchoolId, c.RoleGroup)).ToHashSet();

            var fresh = (await db.SurveyItemTallies.AsNoTracking().Where(t => t.SurveyId == survey.Id && refreshedSchools.Contains(t.SchoolId))
                    .ToListAsync(cancellationToken))
                .Where(f => refreshed.Contains((f.SchoolId, f.RoleGroup)))
                .Select(f => SurveyReleaseFigure.Of(release.Id, f));
            var copied = previous is null ? [] : (await db.SurveyReleaseFigures.AsNoTracking().Where(f => f.ReleaseId == previous.Id).ToListAsync(cancellationToken))
                .Where(f => kept.Contains((f.SchoolId, f.RoleGroup)))
                .Select(f => SurveyReleaseFigure.Of(release.Id, f));
            db.SurveyReleaseFigures.AddRange(fresh.Concat(copied));

            var freshComments = (await db.SurveyResponses.Where(r => r.SurveyId == survey.Id && r.Comment != null && refreshedSchools.Contains(r.SchoolId))
                    .Select(r => new { r.SchoolId, r.RoleGroup, r.Comment }).ToListAsync(cancellationToken))
                .Where(c => refreshed.Contains((c.SchoolId, c.RoleGroup)))
                .Select(c => (c.SchoolId, c.RoleGroup, Text: c.Comment!));
            var copiedComments = previous is null ? [] : (await db.SurveyReleaseComments.AsNoTracking().Where(c => c.ReleaseId == previous.Id)
                    .Select(c => new { c.SchoolId, c.RoleGroup, c.Text }).ToListAsync(cancellationToken))
                .Where(c => kept.Contains((c.SchoolId, c.RoleGroup)))
                .Select(c => (c.SchoolId, c.RoleGroup, c.Text));
            // Random ids and no position: the stored order says nothing about which comment came when.
            db.SurveyReleaseComments.AddRange(freshComments.Concat(copiedComments).Select(c => new SurveyReleaseComment
            {
                Id = Guid.NewGuid(),
                ReleaseId = release.Id,
                SchoolId = c.SchoolId,
                RoleGroup = c.RoleGroup,
                Text = c.Text,
            }));
            await db.SaveChangesAsync(cancellationToken);
            return (true, release);
        }, cancellationToken, IsolationLevel.RepeatableRead);
    }

    /// <summary>
    /// On PostgreSQL, rewrites the response and answer tables in the order of their random keys, and
    /// the tallies in key order, so no heap keeps the order rows were inserted or last updated in
    /// (SQLite stores all four in key order already: see the README). Run when a survey closes; it
    /// locks the four tables while it runs.
    /// </summary>
    public async Task ShuffleStorageAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("""CLUSTER "SurveyResponses" USING "PK_SurveyResponses" """, cancellationToken);
            await db.Database.ExecuteSqlRawAsync("""CLUSTER "SurveyAnswers" USING "PK_SurveyAnswers" """, cancellationToken);
            // An updated tally row moves to the heap's end: its place would tell which cell was answered last.
            await db.Database.ExecuteSqlRawAsync("""CLUSTER "SurveyItemTallies" USING "PK_SurveyItemTallies" """, cancellationToken);
            await db.Database.ExecuteSqlRawAsync("""CLUSTER "SurveyCellTallies" USING "PK_SurveyCellTallies" """, cancellationToken);
        }
    }
}
