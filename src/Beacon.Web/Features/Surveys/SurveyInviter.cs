using System.Globalization;
using System.Text.Encodings.Web;
using Beacon.Web.Data;
using Beacon.Web.Mail;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Publishing: one invitation per staff member of the chosen schools (at the school of their
/// largest assignment), each mailed a one-time link. Reminders give those who have not answered
/// a fresh link, since only a hash of the old one is kept.
/// Publishing itself only claims the draft and records its <see cref="SurveyMailing"/> (a count, no
/// row per person), so it returns at once however large the district; <see cref="SurveyInvitingJob"/>
/// then makes the invitations in batches (<see cref="InviteNextAsync"/>), each batch's invitations,
/// code hashes and outbox mails in one transaction with the mailing's count: a crash loses a whole
/// batch or none of it, and the next run carries on with whoever has no invitation yet.
/// </summary>
public sealed class SurveyInviter(BeaconDbContext db, IMailOutbox outbox, PublicLinks links, TimeProvider clock)
{
    /// <summary>How many staff a publish invites and how many of them it mails: one count over the survey's schools.</summary>
    public async Task<(int Invited, int Mailed)> CountAsync(Guid surveyId, CancellationToken cancellationToken)
    {
        var counts = await db.StaffMembers
            .Where(s => Targeted(surveyId).Any(a => a.StaffMemberId == s.Id))
            .GroupBy(_ => 1)
            .Select(g => new { Invited = g.Count(), Mailed = g.Count(s => s.Email != null) })
            .FirstOrDefaultAsync(cancellationToken);
        return counts is null ? (0, 0) : (counts.Invited, counts.Mailed);
    }

    /// <summary>Publishes a draft; null when it is no longer a draft (another request published it first).</summary>
    public Task<SurveyMailing?> PublishAsync(Survey survey, CancellationToken cancellationToken) =>
        db.InTransactionAsync<SurveyMailing?>(async token =>
        {
            // Claimed by a conditional UPDATE first, as imports are: of two publishes at once, one invites and the other nothing.
            if (await db.Surveys.Where(s => s.Id == survey.Id && s.Status == SurveyStatus.Draft)
                    .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SurveyStatus.Published), token) == 0)
            {
                return (false, null);
            }
            // Set on the tracked survey too, so the audit log records the change of status as for any other edit.
            survey.Status = SurveyStatus.Published;
            var (_, mailed) = await CountAsync(survey.Id, token);
            var mailing = new SurveyMailing
            {
                Id = Guid.CreateVersion7(),
                DistrictId = survey.DistrictId,
                SurveyId = survey.Id,
                QueuedAt = clock.GetUtcNow(),
                Expected = mailed,
                Inviting = true,
            };
            db.SurveyMailings.Add(mailing);
            await db.SaveChangesAsync(token);
            return (true, mailing);
        }, cancellationToken);

    /// <summary>
    /// Invites up to <paramref name="batch"/> more staff of the mailing's survey, in one transaction; false when
    /// nobody is left (or the survey closed, or another worker moved the mailing on first), true when there may be more.
    /// </summary>
    public Task<bool> InviteNextAsync(Guid mailingId, int batch, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async token =>
        {
            var mailing = await db.SurveyMailings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mailingId && m.Inviting, token);
            var survey = mailing is null ? null : await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == mailing.SurveyId, token);
            if (mailing is null || survey is null)
            {
                return (false, false);
            }
            var claim = db.SurveyMailings.Where(m => m.Id == mailingId && m.Inviting && m.Invited == mailing.Invited);
            var next = survey.Status != SurveyStatus.Published ? [] : await Targeted(survey.Id)
                .Where(a => !db.SurveyInvitations.Any(i => i.SurveyId == survey.Id && i.StaffMemberId == a.StaffMemberId))
                .Select(a => a.StaffMemberId).Distinct().OrderBy(id => id).Take(batch)
                .ToListAsync(token);
            if (next.Count == 0)
            {
                // Done (or closed before everyone was invited: nobody is invited to a closed survey).
                return (await claim.ExecuteUpdateAsync(set => set.SetProperty(m => m.Inviting, false), token) == 1, false);
            }
            var staff = await Targeted(survey.Id).Where(a => next.Contains(a.StaffMemberId))
                .Select(a => new Assigned(a.StaffMemberId, a.SchoolId, a.Fte, a.StaffMember!.Role, a.StaffMember.Email, a.StaffMember.GivenName, a.StaffMember.FamilyName))
                .ToListAsync(token);
            var now = clock.GetUtcNow();
            var invitations = new List<SurveyInvitation>();
            var mails = new List<OutgoingMail>();
            foreach (var a in staff.GroupBy(a => a.StaffMemberId).Select(g => g.OrderByDescending(a => a.Fte).ThenBy(a => a.SchoolId).First()))
            {
                var invitation = new SurveyInvitation
                {
                    Id = Guid.CreateVersion7(),
                    DistrictId = survey.DistrictId,
                    SurveyId = survey.Id,
                    StaffMemberId = a.StaffMemberId,
                    SchoolId = a.SchoolId,
                    RoleGroup = RoleGroups.For(a.Role),
                };
                if (a.Email is not null)
                {
                    mails.Add(NewLink(survey, invitation, new Person(a.Email, a.GivenName, a.FamilyName), mailing, now));
                }
                invitations.Add(invitation);
            }
            // The mailing moves on only from the count this batch read: a second worker that read the same count
            // (two nodes, or a run the scheduler thought dead) matches nothing here and undoes its batch. The
            // invitations' unique (survey, staff member) index is the last guard against a second link.
            if (await claim.ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.Invited, m => m.Invited + invitations.Count)
                    .SetProperty(m => m.Mails, m => m.Mails + mails.Count), token) == 0)
            {
                return (false, false);
            }
            await MultiRowInsert.InsertAsync(db, invitations, token);
            await outbox.EnqueueManyAsync(mails, token);
            return (true, true);
        }, cancellationToken);

    public async Task<int> RemindAsync(Survey survey, CancellationToken cancellationToken)
    {
        var pending = await db.SurveyInvitations.Where(i => i.SurveyId == survey.Id && !i.Answered).ToListAsync(cancellationToken);
        var ids = pending.Select(i => i.StaffMemberId).ToList();
        var people = await db.StaffMembers.Where(s => ids.Contains(s.Id) && s.Email != null)
            .Select(s => new { s.Id, Person = new Person(s.Email!, s.GivenName, s.FamilyName) })
            .ToDictionaryAsync(s => s.Id, s => s.Person, cancellationToken);
        var now = clock.GetUtcNow();
        var mailing = new SurveyMailing { Id = Guid.CreateVersion7(), DistrictId = survey.DistrictId, SurveyId = survey.Id, Reminder = true, QueuedAt = now };
        var mails = new List<OutgoingMail>();
        foreach (var invitation in pending.Where(i => people.ContainsKey(i.StaffMemberId)))
        {
            mails.Add(NewLink(survey, invitation, people[invitation.StaffMemberId], mailing, now));
        }
        mailing.Mails = mailing.Expected = mailing.Invited = mails.Count;
        return await db.InTransactionAsync(async token =>
        {
            db.SurveyMailings.Add(mailing);
            // Codes and their hashes are saved with the mails, so no mail carries a link the database does not know.
            await db.SaveChangesAsync(token);
            await outbox.EnqueueManyAsync(mails, token);
            return (true, mails.Count);
        }, cancellationToken);
    }

    /// <summary>
    /// Gives the invitation a fresh one-time link and returns its mail. The hash goes into the invitation's
    /// own row, saved with the mail, so no mail carries a link the database does not know.
    /// </summary>
    private OutgoingMail NewLink(Survey survey, SurveyInvitation invitation, Person person, SurveyMailing mailing, DateTimeOffset now)
    {
        var code = SurveyCodes.New(survey.DistrictId);
        invitation.TokenHash = SurveyCodes.Hash(code);
        invitation.MailedAt = now;
        return Mail(survey, person, code, mailing.Reminder, mailing.Id);
    }

    private OutgoingMail Mail(Survey survey, Person person, string code, bool reminder, Guid mailingId) =>
        new(person.Email!, $"{person.GivenName} {person.FamilyName}", (reminder ? "Reminder: " : "") + survey.Name, $"""
                <p>Hello {Html(person.GivenName)},</p>
                <p>Your district asks how professional learning works in your school. The survey takes about ten minutes and is open until {survey.ClosesOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.</p>
                <p><a href="{Html(Link("/Surveys/Take", new { code }))}">Answer the survey</a></p>
                <p>Your answers are stored with your school and role group only, never with your name; results are shown only for groups of at least several people. The link works once: after you submit, it closes. You can also answer after signing in to Beacon.</p>
                <p><a href="{Html(Link("/Surveys/Protection", null))}">How your answers are protected</a></p>
                """, survey.DistrictId, mailingId);

    /// <summary>The assignments at the survey's schools: whoever has one is invited.</summary>
    private IQueryable<Staff.StaffAssignment> Targeted(Guid surveyId) =>
        db.StaffAssignments.Where(a => db.SurveySchools.Any(s => s.SurveyId == surveyId && s.SchoolId == a.SchoolId));

    private sealed record Assigned(Guid StaffMemberId, Guid SchoolId, double Fte, Staff.StaffRole Role, string? Email, string GivenName, string FamilyName);

    private sealed record Person(string Email, string GivenName, string FamilyName);

    private string Link(string page, object? values) => links.Page(page, values);

    private static string Html(string text) => HtmlEncoder.Default.Encode(text);
}
