using Beacon.Web.Data;
using Beacon.Web.Features.Surveys.Privacy;
using Beacon.Web.Identity;
using Beacon.Web.Identity.Throttling;
using Beacon.Web.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// A survey's preview, publishing (through the confirmation page), response rates while open,
/// reminders, releases of results and closing. Rates are bands, and only for groups where at least
/// the minimum have answered, so they never say whether one particular person has answered.
/// </summary>
[Authorize(Policy = Policies.DistrictLeadership)]
[Throttled(ThrottledAction.Reminder, "Remind")]
public class DetailsModel(BeaconDbContext db, SurveyInviter inviter, SurveyReleaser releaser, SurveyMailingLog mailingLog) : PageModel
{
    public sealed record Rate(string Name, int Invited, string Band);

    public Survey Survey { get; private set; } = null!;
    public string Framework { get; private set; } = "";
    public IReadOnlyList<string> SchoolNames { get; private set; } = [];
    public IReadOnlyList<Rate> BySchool { get; private set; } = [];
    public IReadOnlyList<Rate> ByRole { get; private set; } = [];
    public int Minimum { get; private set; }
    public int Releases { get; private set; }

    /// <summary>How far the invitations have gone out; null before the survey is published.</summary>
    public MailingProgress? Mailing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemindAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.Include(s => s.Schools).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }
        if (survey.Status == SurveyStatus.Published)
        {
            var mailed = await inviter.RemindAsync(survey, cancellationToken);
            await mailingLog.RecordAsync(survey, "Reminded", mailed, survey.Schools.Count, cancellationToken);
            TempData["Notice"] = $"Reminders queued for {mailed} staff members who have not answered yet, each with a new link.";
        }
        return RedirectToPage(new { id });
    }

    [OwnTransaction("A release reads counts, figures and comments in one repeatable-read transaction, a level a page's transaction cannot take once it has begun.")]
    public async Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }
        if (survey.Status == SurveyStatus.Published)
        {
            var release = await releaser.ReleaseAsync(survey, final: false, cancellationToken);
            TempData["Notice"] = release is null
                ? "Nothing new to release: no school and role group has enough new respondents since the last release."
                : $"Release {release.Number} is published: {release.Respondents} respondents.";
        }
        return RedirectToPage(new { id });
    }

    [OwnTransaction("The final release needs its own repeatable-read transaction, and the shuffle that follows rewrites whole tables, which must not wait for the page to finish.")]
    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }
        if (survey.Status == SurveyStatus.Published)
        {
            survey.Status = SurveyStatus.Closed;
            await db.SaveChangesAsync(cancellationToken);
            var release = await releaser.ReleaseAsync(survey, final: true, cancellationToken);
            await releaser.ShuffleStorageAsync(cancellationToken);
            TempData["Notice"] = release is null
                ? "Closed: no more answers are accepted. No group reached the minimum, so no results are released."
                : $"Closed: no more answers are accepted. Final release {release.Number} is published to the district's staff.";
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Items).Include(s => s.Schools).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return false;
        }
        Survey = survey;
        Minimum = MinimumRespondents.Effective(await db.Districts.Select(d => d.SurveyMinimumRespondents).FirstAsync(cancellationToken));
        Releases = await db.SurveyReleases.CountAsync(r => r.SurveyId == id, cancellationToken);
        Mailing = await MailingAsync(id, cancellationToken);
        Framework = await db.Frameworks.Where(f => f.Id == survey.FrameworkId).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var schoolIds = survey.Schools.Select(s => s.SchoolId).ToList();
        var names = await db.Schools.Where(s => schoolIds.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        SchoolNames = names.Select(n => n.Name).ToList();
        var rates = await db.SurveyInvitations.Where(i => i.SurveyId == id)
            .GroupBy(i => new { i.SchoolId, i.RoleGroup })
            .Select(g => new { g.Key.SchoolId, g.Key.RoleGroup, Invited = g.Count(), Answered = g.Count(i => i.Answered) })
            .ToListAsync(cancellationToken);
        // Exact answered counts never leave this method: only bands at or above the minimum do.
        BySchool = names.Select(n => (n.Name, Invited: rates.Where(r => r.SchoolId == n.Id).Sum(r => r.Invited), Answered: rates.Where(r => r.SchoolId == n.Id).Sum(r => r.Answered)))
            .Where(r => r.Invited > 0).Select(r => new Rate(r.Name, r.Invited, RateBand.For(r.Invited, r.Answered, Minimum))).ToList();
        ByRole = RoleGroups.All.Select(g => (Name: g, Invited: rates.Where(r => r.RoleGroup == g).Sum(r => r.Invited), Answered: rates.Where(r => r.RoleGroup == g).Sum(r => r.Answered)))
            .Where(r => r.Invited > 0).Select(r => new Rate(r.Name, r.Invited, RateBand.For(r.Invited, r.Answered, Minimum))).ToList();
        return true;
    }

    /// <summary>Counted from the outbox in one GROUP BY over the mailing's batch; the outbox index on (batch, status) serves it.</summary>
    private async Task<MailingProgress?> MailingAsync(Guid id, CancellationToken cancellationToken)
    {
        // The invitations only: a reminder mailing's size is how many had not answered (see MailingProgress).
        var mailing = await db.SurveyMailings.AsNoTracking().Where(m => m.SurveyId == id && !m.Reminder).OrderByDescending(m => m.QueuedAt)
            .Select(m => new { m.Id, m.Mails, m.Inviting, m.Expected }).FirstOrDefaultAsync(cancellationToken);
        if (mailing is null)
        {
            return null;
        }
        var left = await db.OutboxMails.Where(o => o.BatchId == mailing.Id && o.Status != OutboxStatus.Sent)
            .GroupBy(o => o.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var failed = left.Where(l => l.Status == OutboxStatus.Failed).Sum(l => l.Count);
        return new MailingProgress(mailing.Mails, left.Sum(l => l.Count) - failed, failed, mailing.Inviting, mailing.Expected);
    }
}
