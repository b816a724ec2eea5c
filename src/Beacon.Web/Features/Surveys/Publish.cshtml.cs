using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>The confirmation before a survey is published: how many people will be invited and mailed, at how many schools.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class PublishModel(BeaconDbContext db, SurveyInviter inviter, SurveyMailingLog mailingLog) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public int Invited { get; private set; }
    public int Mailed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Schools).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }
        if (survey.Status != SurveyStatus.Draft)
        {
            return RedirectToPage("Details", new { id });
        }
        Survey = survey;
        // One count in the database: the invitations themselves are made after publishing, in the background.
        (Invited, Mailed) = await inviter.CountAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.Include(s => s.Schools).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }
        if (survey.Status == SurveyStatus.Draft && await inviter.PublishAsync(survey, cancellationToken) is { } mailing)
        {
            await mailingLog.RecordAsync(survey, "Mailed the survey to", mailing.Expected, survey.Schools.Count, cancellationToken);
            TempData["Notice"] = string.Create(CultureInfo.InvariantCulture,
                $"Published. {mailing.Expected:N0} one-time links are being made and mailed in the background; staff without an email address answer after signing in.");
        }
        return RedirectToPage("Details", new { id });
    }
}
