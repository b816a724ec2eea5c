using System.Globalization;
using System.Text.Encodings.Web;
using Beacon.Web.Data;
using Beacon.Web.Mail;
using Beacon.Web.Web;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Publishing: one invitation per staff member of the chosen schools (at the school of their
/// largest assignment), each mailed a one-time link. Reminders give those who have not answered
/// a fresh link, since only a hash of the old one is kept. The mails go into the outbox in one
/// transaction with the invitations and their code hashes: all of them are queued, or none.
/// </summary>
public sealed class SurveyInviter(BeaconDbContext db, IMailOutbox outbox, PublicLinks links, TimeProvider clock)
{
    public async Task<int> PublishAsync(Survey survey, CancellationToken cancellationToken)
    {
        var schoolIds = survey.Schools.Select(s => s.SchoolId).ToList();
        var staff = await db.StaffAssignments
            .Where(a => schoolIds.Contains(a.SchoolId))
            .Select(a => new { a.StaffMemberId, a.SchoolId, a.Fte, a.StaffMember!.Role })
            .ToListAsync(cancellationToken);
        var invitations = staff.GroupBy(a => a.StaffMemberId)
            .Select(g => g.OrderByDescending(a => a.Fte).ThenBy(a => a.SchoolId).First())
            .Select(a => new SurveyInvitation
            {
                Id = Guid.CreateVersion7(),
                SurveyId = survey.Id,
                StaffMemberId = a.StaffMemberId,
                SchoolId = a.SchoolId,
                RoleGroup = RoleGroups.For(a.Role),
            })
            .ToList();
        return await db.InTransactionAsync(async token =>
        {
            survey.Status = SurveyStatus.Published;
            db.SurveyInvitations.AddRange(invitations);
            await db.SaveChangesAsync(token);
            return (true, await MailAsync(survey, invitations, reminder: false, token));
        }, cancellationToken);
    }

    public async Task<int> RemindAsync(Survey survey, CancellationToken cancellationToken)
    {
        var pending = await db.SurveyInvitations.Where(i => i.SurveyId == survey.Id && !i.Answered).ToListAsync(cancellationToken);
        return await db.InTransactionAsync(async token => (true, await MailAsync(survey, pending, reminder: true, token)), cancellationToken);
    }

    private async Task<int> MailAsync(Survey survey, List<SurveyInvitation> invitations, bool reminder, CancellationToken cancellationToken)
    {
        var ids = invitations.Select(i => i.StaffMemberId).ToList();
        var people = await db.StaffMembers.Where(s => ids.Contains(s.Id) && s.Email != null)
            .Select(s => new Person(s.Id, s.Email, s.GivenName, s.FamilyName))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        // Codes are made and their hashes saved first, in one save, so no mail carries a link the database does not know.
        var codes = new List<(SurveyInvitation Invitation, string Code)>();
        foreach (var invitation in invitations.Where(i => people.ContainsKey(i.StaffMemberId)))
        {
            var code = SurveyCodes.New(survey.DistrictId);
            invitation.TokenHash = SurveyCodes.Hash(code);
            invitation.MailedAt = clock.GetUtcNow();
            codes.Add((invitation, code));
        }
        await db.SaveChangesAsync(cancellationToken);
        await outbox.EnqueueManyAsync(codes.Select(c => Mail(survey, people[c.Invitation.StaffMemberId], c.Code, reminder)), cancellationToken);
        return codes.Count;
    }

    private OutgoingMail Mail(Survey survey, Person person, string code, bool reminder) =>
        new(person.Email!, $"{person.GivenName} {person.FamilyName}", (reminder ? "Reminder: " : "") + survey.Name, $"""
                <p>Hello {Html(person.GivenName)},</p>
                <p>Your district asks how professional learning works in your school. The survey takes about ten minutes and is open until {survey.ClosesOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.</p>
                <p><a href="{Html(Link("/Surveys/Take", new { code }))}">Answer the survey</a></p>
                <p>Your answers are stored with your school and role group only, never with your name; results are shown only for groups of at least several people. The link works once: after you submit, it closes. You can also answer after signing in to Beacon.</p>
                <p><a href="{Html(Link("/Surveys/Protection", null))}">How your answers are protected</a></p>
                """, survey.DistrictId);

    private sealed record Person(Guid Id, string? Email, string GivenName, string FamilyName);

    private string Link(string page, object? values) => links.Page(page, values);

    private static string Html(string text) => HtmlEncoder.Default.Encode(text);
}
