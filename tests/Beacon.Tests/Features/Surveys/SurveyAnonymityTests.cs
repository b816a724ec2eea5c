using System.Data.Common;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// No table or log holds a link between a response and a person: the response and answer tables
/// have no column for a person, a token or a time; and after real answers, nothing written
/// anywhere (responses, answers, who-answered records, audit log, application log) puts a
/// response id beside a person's id, email, account or link.
/// </summary>
[Trait("Category", "Database")]
public class SurveyAnonymityTests(LogCapturingFactory factory) : IClassFixture<LogCapturingFactory>
{
    private static readonly string[] AllowedResponseColumns = ["Id", "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "Comment"];
    private static readonly string[] AllowedAnswerColumns = ["ResponseId", "ItemId", "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "Value"];

    [Fact]
    public async Task ResponseTables_Schema_HaveNoColumnForPersonTokenOrTime()
    {
        var columns = await factory.InScopeAsync(null, async (_, db) => (
            Responses: await ColumnsAsync(db, "SurveyResponses"),
            Answers: await ColumnsAsync(db, "SurveyAnswers")));

        Assert.Equal(AllowedResponseColumns.Order(), columns.Responses.Select(c => c.Name).Order());
        Assert.Equal(AllowedAnswerColumns.Order(), columns.Answers.Select(c => c.Name).Order());
        Assert.DoesNotContain(columns.Responses.Concat(columns.Answers), c => c.Type.Contains("time", StringComparison.OrdinalIgnoreCase) || c.Type.Contains("date", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Answers_ByLinkAndAfterSignIn_NothingWrittenLinksAResponseToAPerson()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        var links = new List<string>();
        foreach (var email in s.AlderTeachers.Skip(1).Take(2))
        {
            links.Add(await s.AnswerByLinkAsync(email, 4, "A comment"));
        }
        using var teacher = await BrowserlessClient.SignedInAsync(factory, s.SignedInTeacher);
        var sheet = await teacher.GetPageAsync($"/Surveys/Answer/{id}");
        await teacher.PostFormAsync($"/Surveys/Answer/{id}", SurveyScenario.AllAnswers(sheet, 2), $"/Surveys/Answer/{id}?handler=Submit");

        var written = await factory.InScopeAsync(s.District.Id, async (_, db) => new
        {
            Responses = await db.SurveyResponses.Where(r => r.SurveyId == id).ToListAsync(),
            Answers = await db.SurveyAnswers.Where(a => a.SurveyId == id).ToListAsync(),
            Invitations = await db.SurveyInvitations.Where(i => i.SurveyId == id).ToListAsync(),
            Drafts = await db.SurveyDrafts.CountAsync(),
            Audit = await db.AuditEntries.Select(a => new { a.Entity, a.EntityId, a.Changes, a.UserId, a.UserName }).ToListAsync(),
            Staff = await db.StaffMembers.Select(m => new { m.Id, m.Email }).ToListAsync(),
        });
        Assert.Equal(3, written.Responses.Count);
        Assert.Equal(3, written.Invitations.Count(i => i.Answered));
        Assert.Equal(0, written.Drafts);

        // Everything that names a person, an account or a link.
        var personal = written.Staff.SelectMany(m => new[] { m.Id.ToString(), m.Email! })
            .Concat(written.Invitations.SelectMany(i => new[] { i.Id.ToString(), i.TokenHash ?? "-" }))
            .Concat([s.SignedInTeacher.Id, s.SignedInTeacher.Email])
            .Concat(links.Select(SurveyScenario.Code))
            .ToList();
        var responseIds = written.Responses.Select(r => r.Id.ToString()).ToList();
        foreach (var response in written.Responses)
        {
            var row = string.Join("|", response.Id, response.SurveyId, response.SchoolId, response.RoleGroup, response.Comment);
            Assert.DoesNotContain(personal, p => row.Contains(p, StringComparison.OrdinalIgnoreCase));
        }
        Assert.All(written.Answers, a => Assert.DoesNotContain(personal, p => $"{a.ResponseId}|{a.ItemId}|{a.SchoolId}|{a.RoleGroup}".Contains(p, StringComparison.OrdinalIgnoreCase)));
        // The who-answered record holds no response id, and the audit log neither lists responses nor names one.
        Assert.All(written.Invitations, i => Assert.DoesNotContain(responseIds, r => i.ToString()!.Contains(r) || $"{i.Id}|{i.TokenHash}|{i.StaffMemberId}".Contains(r, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(written.Audit, a => a.Entity is nameof(SurveyResponse) or nameof(SurveyAnswer) or nameof(SurveyDraft));
        Assert.DoesNotContain(written.Audit, a => responseIds.Any(r => a.EntityId.Contains(r, StringComparison.OrdinalIgnoreCase) || a.Changes.Contains(r, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(written.Audit, a => a.Changes.Contains("A comment", StringComparison.Ordinal));
        // The application log, at every level, never writes a response id.
        Assert.NotEmpty(factory.Lines);
        Assert.DoesNotContain(factory.Lines, line => responseIds.Any(r => line.Contains(r, StringComparison.OrdinalIgnoreCase)));
    }

    private static async Task<List<(string Name, string Type)>> ColumnsAsync(BeaconDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = BeaconFactory.Provider == DatabaseProvider.Postgres
            ? $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}'"
            : $"SELECT name, type FROM pragma_table_info('{table}')";
        var columns = new List<(string, string)>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        return columns;
    }
}
