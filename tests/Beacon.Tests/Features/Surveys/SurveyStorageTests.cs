using System.Data.Common;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// Stored responses carry no order of arrival: on SQLite the tables are WITHOUT ROWID, clustered
/// on their random keys; on PostgreSQL the keys are random uuids and closing a survey rewrites the
/// tables in key order (CLUSTER), so the physical order of rows is the order of random keys. The
/// tallies kept beside them are stored in key order the same ways.
/// </summary>
[Trait("Category", "Database")]
public class SurveyStorageTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task ResponseTables_Schema_StoredByRandomKeyWithoutRowid()
    {
        if (BeaconFactory.Provider == DatabaseProvider.Sqlite)
        {
            var tables = await QueryAsync("SELECT name, wr FROM pragma_table_list WHERE name IN ('SurveyResponses', 'SurveyAnswers', 'SurveyCellTallies', 'SurveyItemTallies') ORDER BY name");
            Assert.Equal(["SurveyAnswers|1", "SurveyCellTallies|1", "SurveyItemTallies|1", "SurveyResponses|1"], tables);
            var keys = await QueryAsync("SELECT name FROM pragma_index_info((SELECT name FROM pragma_index_list('SurveyAnswers') WHERE origin = 'pk'))");
            Assert.Equal(["ResponseId", "ItemId"], keys);
        }
        else
        {
            var types = await QueryAsync("""SELECT table_name || '|' || data_type FROM information_schema.columns WHERE table_name IN ('SurveyResponses', 'SurveyAnswers') AND column_name IN ('Id', 'ResponseId') ORDER BY table_name""");
            Assert.Equal(["SurveyAnswers|uuid", "SurveyResponses|uuid"], types);
        }
    }

    [Fact]
    public async Task StoredRows_AfterAnswersAndClose_InKeyOrderNotArrivalAndRandomKeys()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var email in s.AlderTeachers.Skip(1).Concat(s.BirchTeachers))
        {
            await s.AnswerByLinkAsync(email, 3);
        }
        await SurveyScenario.CloseAsync(leader, id);

        var literal = BeaconFactory.Provider == DatabaseProvider.Postgres ? $"'{id}'" : $"'{id.ToString().ToUpperInvariant()}'";
        var physical = BeaconFactory.Provider == DatabaseProvider.Postgres
            ? await QueryAsync($"""SELECT "Id"::text FROM "SurveyResponses" WHERE "SurveyId" = {literal} ORDER BY ctid""")
            : await QueryAsync($"""SELECT "Id" FROM "SurveyResponses" WHERE "SurveyId" = {literal}""");
        var byKey = BeaconFactory.Provider == DatabaseProvider.Postgres
            ? await QueryAsync($"""SELECT "Id"::text FROM "SurveyResponses" WHERE "SurveyId" = {literal} ORDER BY "Id" """)
            : await QueryAsync($"""SELECT "Id" FROM "SurveyResponses" WHERE "SurveyId" = {literal} ORDER BY "Id" """);
        Assert.Equal(8, physical.Count);
        Assert.Equal(byKey, physical);
        // The tallies too: a row rewritten by each answer would otherwise sit where its cell's last answer put it.
        var tallies = BeaconFactory.Provider == DatabaseProvider.Postgres
            ? """SELECT "SchoolId"::text, "RoleGroup", "ItemId"::text FROM "SurveyItemTallies" """
            : """SELECT "SchoolId", "RoleGroup", "ItemId" FROM "SurveyItemTallies" """;
        var talliesPhysical = await QueryAsync($"""{tallies} WHERE "SurveyId" = {literal} {(BeaconFactory.Provider == DatabaseProvider.Postgres ? "ORDER BY ctid" : "")}""");
        var talliesByKey = await QueryAsync($"""{tallies} WHERE "SurveyId" = {literal} ORDER BY "SchoolId", "RoleGroup", "ItemId" """);
        Assert.NotEmpty(talliesPhysical);
        Assert.Equal(talliesByKey, talliesPhysical);
        // Random (version 4) keys: the key order is no order of time.
        Assert.All(physical, k => Assert.Equal(4, Guid.Parse(k).Version));
        if (BeaconFactory.Provider == DatabaseProvider.Sqlite)
        {
            await Assert.ThrowsAnyAsync<DbException>(() => QueryAsync("""SELECT rowid FROM "SurveyResponses" """));
        }
    }

    private Task<List<string>> QueryAsync(string sql) =>
        factory.InScopeAsync(null, async (_, db) =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
            return rows;
        });
}
