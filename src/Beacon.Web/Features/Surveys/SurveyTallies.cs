using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Keeps <see cref="SurveyCellTally"/> and <see cref="SurveyItemTally"/> equal to what the stored
/// responses and answers add up to. <see cref="AddResponseAsync"/> runs inside the submission's
/// transaction, after its answers are written, and adds exactly those rows (read back by the
/// response id, so what is counted is what was stored); a crash anywhere before the commit rolls the
/// tallies back with the answers. <see cref="RebuildAsync"/> recomputes them from the answers.
/// Raw SQL: one upsert per table (<c>INSERT … ON CONFLICT DO UPDATE</c>, on SQLite and PostgreSQL
/// alike) instead of reading 40 rows, changing them and writing them back.
/// </summary>
public sealed class SurveyTallies(BeaconDbContext db)
{
    private const string ItemColumns = """ "SurveyId", "SchoolId", "RoleGroup", "ItemId", "DistrictId", "Count", "Sum", "Chose1", "Chose2", "Chose3", "Chose4", "Chose5" """;

    // Built once from constants: no value is ever spliced into the SQL, the ids go as parameters.
    private static readonly string AddItemsSql = $$"""
        INSERT INTO "SurveyItemTallies" ({{ItemColumns}})
        SELECT "SurveyId", "SchoolId", "RoleGroup", "ItemId", "DistrictId", 1, "Value",
               {{Chose(1, false)}}, {{Chose(2, false)}}, {{Chose(3, false)}}, {{Chose(4, false)}}, {{Chose(5, false)}}
        FROM "SurveyAnswers" WHERE "ResponseId" = {0}
        ORDER BY "ItemId"
        ON CONFLICT ("SurveyId", "SchoolId", "RoleGroup", "ItemId") DO UPDATE SET
            "Count" = "SurveyItemTallies"."Count" + excluded."Count",
            "Sum" = "SurveyItemTallies"."Sum" + excluded."Sum",
            "Chose1" = "SurveyItemTallies"."Chose1" + excluded."Chose1",
            "Chose2" = "SurveyItemTallies"."Chose2" + excluded."Chose2",
            "Chose3" = "SurveyItemTallies"."Chose3" + excluded."Chose3",
            "Chose4" = "SurveyItemTallies"."Chose4" + excluded."Chose4",
            "Chose5" = "SurveyItemTallies"."Chose5" + excluded."Chose5"
        """;

    private static readonly string RebuildItemsSql = $$"""
        INSERT INTO "SurveyItemTallies" ({{ItemColumns}})
        SELECT "SurveyId", "SchoolId", "RoleGroup", "ItemId", "DistrictId", COUNT(*), SUM("Value"),
               {{Chose(1, true)}}, {{Chose(2, true)}}, {{Chose(3, true)}}, {{Chose(4, true)}}, {{Chose(5, true)}}
        FROM "SurveyAnswers" WHERE "SurveyId" = {0}
        GROUP BY "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "ItemId"
        """;

    /// <summary>Adds one stored response and its answers to the tallies; call inside the transaction that wrote them.</summary>
    public async Task AddResponseAsync(Guid responseId, CancellationToken cancellationToken)
    {
        // Items in key order: two submissions to one cell lock its tally rows in the same order (no deadlock on PostgreSQL).
        await db.Database.ExecuteSqlRawAsync(AddItemsSql, [responseId], cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "SurveyCellTallies" ("SurveyId", "SchoolId", "RoleGroup", "DistrictId", "Respondents")
            SELECT "SurveyId", "SchoolId", "RoleGroup", "DistrictId", 1
            FROM "SurveyResponses" WHERE "Id" = {0}
            ON CONFLICT ("SurveyId", "SchoolId", "RoleGroup") DO UPDATE SET
                "Respondents" = "SurveyCellTallies"."Respondents" + 1
            """, [responseId], cancellationToken);
    }

    /// <summary>
    /// Recomputes one survey's tallies from its responses and answers, in one transaction. On
    /// PostgreSQL the tally tables are locked first, so a submission running meanwhile either is
    /// counted by the recomputation or adds itself after it, never both or neither (on SQLite the
    /// database's single writer gives the same).
    /// </summary>
    public async Task RebuildAsync(Guid surveyId, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("""LOCK TABLE "SurveyItemTallies", "SurveyCellTallies" IN EXCLUSIVE MODE""", cancellationToken);
            }
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "SurveyItemTallies" WHERE "SurveyId" = {0}""", [surveyId], cancellationToken);
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "SurveyCellTallies" WHERE "SurveyId" = {0}""", [surveyId], cancellationToken);
            await db.Database.ExecuteSqlRawAsync(RebuildItemsSql, [surveyId], cancellationToken);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "SurveyCellTallies" ("SurveyId", "SchoolId", "RoleGroup", "DistrictId", "Respondents")
                SELECT "SurveyId", "SchoolId", "RoleGroup", "DistrictId", COUNT(*)
                FROM "SurveyResponses" WHERE "SurveyId" = {0}
                GROUP BY "DistrictId", "SurveyId", "SchoolId", "RoleGroup"
                """, [surveyId], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>
    /// Rebuilds the tallies of every survey of every district: the operator's command
    /// (<c>-- rebuild-survey-tallies</c>), so it reads past the district filter. Returns how many surveys.
    /// </summary>
    public async Task<int> RebuildAllAsync(CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.IgnoreQueryFilters().Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var survey in surveys)
        {
            await RebuildAsync(survey, cancellationToken);
        }
        return surveys.Count;
    }

    private static string Chose(int value, bool summed) =>
        summed
            ? $$"""SUM(CASE WHEN "Value" = {{value}} THEN 1 ELSE 0 END)"""
            : $$"""CASE WHEN "Value" = {{value}} THEN 1 ELSE 0 END""";
}
