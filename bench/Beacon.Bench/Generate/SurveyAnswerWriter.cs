using System.Globalization;
using System.Text;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Bench.Generate;

/// <summary>A person who answered: their school and role group, which is all a response keeps of them.</summary>
public sealed record SurveyRespondent(Guid StaffMemberId, Guid SchoolId, string RoleGroup, double Poverty);

/// <summary>
/// Writes survey answers straight into the tables, many rows per INSERT in one transaction: an
/// answered invitation, the anonymous response and one answer per item for each respondent.
/// Millions of answers through EF one by one would take longer than the benchmark they feed;
/// the rows are the ones the answer page writes (invitation claimed, response, answers); the
/// caller rebuilds the survey's tallies afterwards (<c>SurveyTallies.RebuildAsync</c>).
/// </summary>
public static class SurveyAnswerWriter
{
    private const int RespondentsPerStatement = 200;

    /// <summary>Returns the number of answers written; <paramref name="progress"/> hears the respondents done after each statement.</summary>
    public static async Task<long> WriteAsync(
        BeaconDbContext db, Guid districtId, Guid surveyId, IReadOnlyList<Guid> itemIds, IEnumerable<SurveyRespondent> respondents,
        Func<SurveyRespondent, int, int> answer, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var invitations = new StringBuilder();
        var responses = new StringBuilder();
        var answers = new StringBuilder();
        var pending = 0;
        long done = 0;
        long written = 0;
        var district = Literal(db, districtId);
        var survey = Literal(db, surveyId);
        foreach (var respondent in respondents)
        {
            var school = Literal(db, respondent.SchoolId);
            var role = $"'{respondent.RoleGroup.Replace("'", "''", StringComparison.Ordinal)}'";
            // Random (v4) response ids, as the answer page uses: the row order must not follow the invitations.
            var response = Literal(db, Guid.NewGuid());
            Append(invitations, $"({Literal(db, Guid.CreateVersion7())}, {district}, {survey}, {Literal(db, respondent.StaffMemberId)}, {school}, {role}, TRUE)");
            Append(responses, $"({response}, {district}, {survey}, {school}, {role})");
            for (var item = 0; item < itemIds.Count; item++)
            {
                Append(answers, string.Create(CultureInfo.InvariantCulture,
                    $"({response}, {Literal(db, itemIds[item])}, {district}, {survey}, {school}, {role}, {answer(respondent, item)})"));
                written++;
            }
            if (++pending == RespondentsPerStatement)
            {
                await FlushAsync();
            }
        }
        await FlushAsync();
        await transaction.CommitAsync(cancellationToken);
        return written;

        async Task FlushAsync()
        {
            if (pending == 0)
            {
                return;
            }
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                INSERT INTO "SurveyInvitations" ("Id", "DistrictId", "SurveyId", "StaffMemberId", "SchoolId", "RoleGroup", "Answered") VALUES {invitations};
                INSERT INTO "SurveyResponses" ("Id", "DistrictId", "SurveyId", "SchoolId", "RoleGroup") VALUES {responses};
                INSERT INTO "SurveyAnswers" ("ResponseId", "ItemId", "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "Value") VALUES {answers};
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            done += pending;
            progress?.Invoke(done);
            invitations.Clear();
            responses.Clear();
            answers.Clear();
            pending = 0;
        }
    }

    private static void Append(StringBuilder values, string row) => values.Append(values.Length == 0 ? "" : ",").Append(row);

    /// <summary>A Guid as the provider stores it: SQLite keeps upper-case text, PostgreSQL a uuid.</summary>
    public static string Literal(BeaconDbContext db, Guid id) =>
        db.Database.IsSqlite() ? $"'{id.ToString().ToUpperInvariant()}'" : $"'{id}'";
}
