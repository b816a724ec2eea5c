using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Identity.Throttling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>A survey's preview, publishing, live response rates by school and role group, reminders and closing.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
[Throttled(ThrottledAction.Reminder, "Remind")]
public class DetailsModel(BeaconDbContext db, SurveyInviter inviter) : PageModel
{
    public sealed record Rate(string Name, int Invited, int Answered)
    {
        public int Percent => Invited == 0 ? 0 : (int)Math.Round(100.0 * Answered / Invited);
    }

    public Survey Survey { get; private set; } = null!;
    public string Framework { get; private set; } = "";
    public IReadOnlyList<string> SchoolNames { get; private set; } = [];
    public IReadOnlyList<Rate> BySchool { get; private set; } = [];
    public IReadOnlyList<Rate> ByRole { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.Include(s => s.Schools).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }
        if (survey.Status == SurveyStatus.Draft)
        {
            var mailed = await inviter.PublishAsync(survey, cancellationToken);
            TempData["Notice"] = $"Published. {mailed} staff members were mailed a one-time link; staff without an email address answer after signing in.";
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemindAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }
        if (survey.Status == SurveyStatus.Published)
        {
            var mailed = await inviter.RemindAsync(survey, cancellationToken);
            TempData["Notice"] = $"Reminders sent to {mailed} staff members who have not answered yet, each with a new link.";
        }
        return RedirectToPage(new { id });
    }

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
            TempData["Notice"] = "Closed: no more answers are accepted.";
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
        Framework = await db.Frameworks.Where(f => f.Id == survey.FrameworkId).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var schoolIds = survey.Schools.Select(s => s.SchoolId).ToList();
        var names = await db.Schools.Where(s => schoolIds.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        SchoolNames = names.Select(n => n.Name).ToList();
        var rates = await db.SurveyInvitations.Where(i => i.SurveyId == id)
            .GroupBy(i => new { i.SchoolId, i.RoleGroup })
            .Select(g => new { g.Key.SchoolId, g.Key.RoleGroup, Invited = g.Count(), Answered = g.Count(i => i.Answered) })
            .ToListAsync(cancellationToken);
        BySchool = names.Select(n => new Rate(n.Name, rates.Where(r => r.SchoolId == n.Id).Sum(r => r.Invited), rates.Where(r => r.SchoolId == n.Id).Sum(r => r.Answered)))
            .Where(r => r.Invited > 0).ToList();
        ByRole = RoleGroups.All.Select(g => new Rate(g, rates.Where(r => r.RoleGroup == g).Sum(r => r.Invited), rates.Where(r => r.RoleGroup == g).Sum(r => r.Answered)))
            .Where(r => r.Invited > 0).ToList();
        return true;
    }
}
