using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Research;

/// <summary>The authors write the project up and say which indicators and plan goals it serves; until it is published.</summary>
[Authorize(Policy = Policies.StaffDirectory)]
public class EditModel(BeaconDbContext db, ResearchAccess access, ResearchEditor editor) : PageModel
{
    [BindProperty]
    public ResearchForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public IReadOnlyList<Choice> Indicators { get; private set; } = [];
    public IReadOnlyList<Choice> Goals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await AuthorsDraftAsync(id, cancellationToken) is not { } project)
        {
            return NotFound();
        }
        var indicators = await db.ResearchIndicators.Where(i => i.ProjectId == id).Select(i => i.IndicatorId).ToListAsync(cancellationToken);
        var goals = await db.ResearchGoals.Where(g => g.ProjectId == id).Select(g => g.PlanGoalId).ToListAsync(cancellationToken);
        Form = ResearchForm.From(project, indicators, goals);
        await ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await AuthorsDraftAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }
        if (Form.GradeBand is { } band && !Enum.IsDefined(band))
        {
            ModelState.AddModelError("Form.GradeBand", "Choose a grade band from the list.");
        }
        if (await editor.RefusalForLinksAsync(Form, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(refusal.Field, refusal.Message);
        }
        if (!ModelState.IsValid)
        {
            await ChoicesAsync(cancellationToken);
            return Page();
        }
        var project = await db.ResearchProjects.FirstAsync(p => p.Id == id, cancellationToken);
        Form.ApplyTo(project);
        await editor.SetLinksAsync(id, Form, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id });
    }

    /// <summary>The project, when the signed-in person is an author and it is not yet published (published work stays as it was read).</summary>
    private async Task<ResearchProject?> AuthorsDraftAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        return await access.FindAsync(id, cancellationToken) is { View: ResearchView.Author, Project: { Stage: not ResearchStage.Published } project } ? project : null;
    }

    private async Task ChoicesAsync(CancellationToken cancellationToken)
    {
        Indicators = await editor.IndicatorChoices().ToListAsync(cancellationToken);
        Goals = await editor.GoalChoices().ToListAsync(cancellationToken);
    }
}
