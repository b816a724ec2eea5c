using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// Acceptance 3 of the survey privacy issue: every audit entry, every log line (every category at
/// Trace) and every mail written while a survey runs, read for anything that ties an invited person
/// to having answered or not. Reminders are mailed to those who have not answered: that is in the
/// mail itself, in the mail transport (here the pickup folder), and nowhere Beacon records.
/// </summary>
[Trait("Category", "Database")]
public class SurveyRecordsTests(TraceLoggingFactory factory) : IClassFixture<TraceLoggingFactory>
{
    [Fact]
    public async Task SurveyRun_AuditLogAndMail_HoldNoIdentityTiedToAnsweringOrNot()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        using var teacher = await BrowserlessClient.SignedInAsync(factory, s.SignedInTeacher);
        var started = DateTimeOffset.UtcNow;
        factory.Lines.Clear();
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var email in s.AlderTeachers.Skip(1).Take(4))
        {
            await s.AnswerByLinkAsync(email, 4, "A comment");
        }
        var sheet = await teacher.GetPageAsync($"/Surveys/Answer/{id}");
        await teacher.PostFormAsync($"/Surveys/Answer/{id}", SurveyScenario.AllAnswers(sheet, 2), $"/Surveys/Answer/{id}?handler=Submit");
        await SurveyScenario.RemindAsync(leader, id);
        await s.AnswerByLinkAsync(s.BirchTeachers[0], 3);
        await SurveyScenario.ReleaseAsync(leader, id);
        await SurveyScenario.CloseAsync(leader, id);

        var written = await factory.InScopeAsync(s.District.Id, async (_, db) => new
        {
            Audit = (await db.AuditEntries.Select(a => new { a.At, a.Entity, a.EntityId, a.UserId, a.UserName, a.Changes }).ToListAsync())
                .Where(a => a.At >= started).Select(a => $"{a.Entity}|{a.EntityId}|{a.UserId}|{a.UserName}|{a.Changes}").ToList(),
            Staff = await db.StaffMembers.Select(m => new { m.Id, m.Email, m.GivenName }).ToListAsync(),
            Invitations = await db.SurveyInvitations.Where(i => i.SurveyId == id).Select(i => new { i.Id, i.TokenHash }).ToListAsync(),
        });
        var mailed = new List<MimeKit.MimeMessage>();
        foreach (var address in s.AlderTeachers.Concat(s.BirchTeachers).Append(s.AlderPrincipal))
        {
            mailed.AddRange(await Mailbox.ToAsync(factory, address));
        }
        var links = mailed.SelectMany(m => Mailbox.Links(m.HtmlBody ?? ""))
            .Where(l => l.Query.Contains("code=", StringComparison.Ordinal)).Select(l => SurveyScenario.Code(l.PathAndQuery)).ToList();
        var identities = written.Staff.SelectMany(m => new[] { m.Id.ToString(), m.Email!, m.GivenName })
            .Concat(written.Invitations.SelectMany(i => new[] { i.Id.ToString(), i.TokenHash ?? "-" }))
            .Concat([s.SignedInTeacher.Id, s.SignedInTeacher.Email])
            .Concat(links)
            .ToList();

        // The audit log: the survey, its mailings as counts, its releases; no invitation, no person.
        Assert.Contains(written.Audit, a => a.StartsWith(SurveyMailingLog.Entity, StringComparison.Ordinal) && a.Contains("Mailed the survey to 10 staff at 2 schools", StringComparison.Ordinal));
        Assert.Contains(written.Audit, a => a.StartsWith(SurveyMailingLog.Entity, StringComparison.Ordinal) && a.Contains("Reminded 5 staff at 2 schools", StringComparison.Ordinal));
        Assert.Contains(written.Audit, a => a.StartsWith(nameof(SurveyRelease) + "|", StringComparison.Ordinal));
        Assert.DoesNotContain(written.Audit, a => a.StartsWith(nameof(SurveyInvitation), StringComparison.Ordinal));
        foreach (var entry in written.Audit)
        {
            Assert.False(identities.Any(i => entry.Contains(i, StringComparison.OrdinalIgnoreCase)), $"audit entry names someone: {entry}");
        }

        // The log, every category at Trace: plenty written, nobody named, no link's code.
        Assert.True(factory.Lines.Count > 200, $"only {factory.Lines.Count} log lines: is Trace really on?");
        Assert.Contains(factory.Lines, l => l.Contains("Executed", StringComparison.Ordinal) || l.Contains("Request finished", StringComparison.Ordinal));
        foreach (var line in factory.Lines)
        {
            Assert.False(identities.Any(i => line.Contains(i, StringComparison.OrdinalIgnoreCase)), $"log line names someone: {line}");
        }

        // Mail: reminders go, by necessity, to those who have not answered, and only the transport holds them.
        var mails = Directory.GetFiles(factory.MailFolder, "*.eml").Select(path => MimeMessage.Load(path)).ToList();
        var reminders = mails.Where(m => m.Subject?.StartsWith("Reminder:", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(5, reminders.Count);
        var answeredBeforeReminder = s.AlderTeachers.Take(5);
        Assert.DoesNotContain(reminders, m => m.To.Mailboxes.Any(a => answeredBeforeReminder.Contains(a.Address, StringComparer.OrdinalIgnoreCase)));
        Assert.All(mails, m => Assert.Contains("/Surveys/Protection", m.HtmlBody, StringComparison.Ordinal));
    }
}

/// <summary>The app logging every category at Trace (the configured "Warning" for Microsoft.* lifted), kept in memory.</summary>
public sealed class TraceLoggingFactory : LogCapturingFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Trace",
    };
}
