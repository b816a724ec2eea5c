using Beacon.Web.Data;
using Beacon.Web.Features.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Publishing;

/// <summary>District leadership chooses what the district's public page shows, and publishes or withdraws it.</summary>
public class IndexModel(BeaconDbContext db, PlanAccess access) : PageModel
{
    [BindProperty]
    public bool Published { get; set; }

    [BindProperty]
    public Guid? PlanId { get; set; }

    [BindProperty]
    public bool ShowGoals { get; set; }

    [BindProperty]
    public bool ShowMeasures { get; set; }

    [BindProperty]
    public bool ShowBudget { get; set; }

    [BindProperty]
    public Guid? SurveyId { get; set; }

    public string Slug { get; private set; } = "";
    public IReadOnlyDictionary<Guid, string> Plans { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Surveys { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!access.IsLeadership)
        {
            return PlanAccess.Refuse();
        }
        await LoadAsync(cancellationToken);
        if (await db.PublicPlanPages.AsNoTracking().FirstOrDefaultAsync(cancellationToken) is { } page)
        {
            (Published, PlanId, ShowGoals, ShowMeasures, ShowBudget, SurveyId) = (page.Published, page.PlanId, page.ShowGoals, page.ShowMeasures, page.ShowBudget, page.SurveyId);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!access.IsLeadership)
        {
            return PlanAccess.Refuse();
        }
        await LoadAsync(cancellationToken);
        if (PlanId is { } plan && !Plans.ContainsKey(plan))
        {
            ModelState.AddModelError(nameof(PlanId), "Choose one of the district's plans.");
        }
        if (Published && PlanId is null)
        {
            ModelState.AddModelError(nameof(PlanId), "Choose the plan to publish.");
        }
        if (SurveyId is { } survey && !Surveys.ContainsKey(survey))
        {
            ModelState.AddModelError(nameof(SurveyId), "Choose a closed survey, or none.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var page = await db.PublicPlanPages.FirstOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            page = new PublicPlanPage { Id = Guid.CreateVersion7() };
            db.PublicPlanPages.Add(page);
        }
        (page.Published, page.PlanId, page.ShowGoals, page.ShowMeasures, page.ShowBudget, page.SurveyId) = (Published, PlanId, ShowGoals, ShowMeasures, ShowBudget, SurveyId);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Slug = await db.Districts.Select(d => d.Slug).FirstAsync(cancellationToken);
        Plans = await db.Plans.Where(p => p.SchoolId == null).OrderBy(p => p.Title).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        Surveys = await db.Surveys.Where(s => s.Status == SurveyStatus.Closed).OrderBy(s => s.Name).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
    }
}
