using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Designs a survey: one five-point item per indicator of an adopted framework's current version,
/// or a copy of an earlier survey (whose results it is then compared with), for chosen schools.
/// </summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class NewModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewSurveyForm Form { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Frameworks { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Earlier { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Schools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Form.Name = $"Staff survey {today.Year}";
        Form.OpensOn = today;
        Form.ClosesOn = today.AddDays(21);
        Form.SchoolIds = Schools.Select(s => s.Id).ToList();
    }

    /// <summary>Select all or none of the schools: the form comes back as filled in, without checking it yet.</summary>
    public async Task<IActionResult> OnPostSelectAsync(bool all, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        ModelState.Clear();
        Form.SchoolIds = all ? Schools.Select(s => s.Id).ToList() : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var earlier = Form.CopyFromId is { } copyId
            ? await db.Surveys.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == copyId, cancellationToken)
            : null;
        if (Form.CopyFromId is not null && earlier is null)
        {
            ModelState.AddModelError("Form.CopyFromId", "Choose one of your district's earlier surveys, or none.");
        }
        var framework = earlier is null && Form.FrameworkId is { } frameworkId
            ? await db.Frameworks.Where(f => f.Id == frameworkId && f.Adopted).Select(f => new { f.Id, f.CurrentVersionId }).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (earlier is null && framework is null && Form.CopyFromId is null)
        {
            ModelState.AddModelError("Form.FrameworkId", "Choose an adopted framework to take the statements from, or copy an earlier survey.");
        }
        if (Form.OpensOn is { } opens && Form.ClosesOn is { } closes && closes < opens)
        {
            ModelState.AddModelError("Form.ClosesOn", "The closing date must be on or after the opening date.");
        }
        var schoolIds = Schools.Select(s => s.Id).Where(Form.SchoolIds.Contains).ToList();
        if (schoolIds.Count == 0)
        {
            ModelState.AddModelError("Form.SchoolIds", "Choose at least one school whose staff receive the survey.");
        }
        if (!ModelState.IsValid || (earlier is null && framework is null))
        {
            return Page();
        }
        var survey = new Survey
        {
            Id = Guid.CreateVersion7(),
            Name = Form.Name!.Trim(),
            FrameworkId = earlier?.FrameworkId ?? framework!.Id,
            FrameworkVersionId = earlier?.FrameworkVersionId ?? framework!.CurrentVersionId,
            PreviousSurveyId = earlier?.Id,
            OpensOn = Form.OpensOn!.Value,
            ClosesOn = Form.ClosesOn!.Value,
            AsksForComment = Form.AsksForComment,
        };
        survey.Items = earlier is not null
            ? earlier.Items.OrderBy(i => i.Position).Select(i => new SurveyItem
            {
                Id = Guid.CreateVersion7(),
                SurveyId = survey.Id,
                Position = i.Position,
                IndicatorCode = i.IndicatorCode,
                StandardCode = i.StandardCode,
                StandardName = i.StandardName,
                Text = i.Text,
            }).ToList()
            : await ItemsFromFrameworkAsync(survey.Id, framework!.CurrentVersionId, cancellationToken);
        survey.Schools = schoolIds.Select(id => new SurveySchool { Id = Guid.CreateVersion7(), SurveyId = survey.Id, SchoolId = id }).ToList();
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = survey.Id });
    }

    private async Task<List<SurveyItem>> ItemsFromFrameworkAsync(Guid surveyId, Guid versionId, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.Where(i => i.FrameworkVersionId == versionId)
            .OrderBy(i => i.Domain!.Position).ThenBy(i => i.Position)
            .Select(i => new { i.Code, i.Text, DomainCode = i.Domain!.Code, DomainName = i.Domain.Name })
            .ToListAsync(cancellationToken);
        return indicators.Select((i, n) => new SurveyItem
        {
            Id = Guid.CreateVersion7(),
            SurveyId = surveyId,
            Position = n + 1,
            IndicatorCode = i.Code,
            StandardCode = i.DomainCode,
            StandardName = i.DomainName,
            Text = i.Text,
        }).ToList();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Frameworks = (await db.Frameworks.Where(f => f.Adopted).OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken))
            .Select(f => (f.Id, f.Name)).ToList();
        Earlier = (await db.Surveys.Where(s => s.Status != SurveyStatus.Draft).OrderByDescending(s => s.OpensOn).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name)).ToList();
        Schools = (await db.Schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name)).ToList();
    }
}

public sealed class NewSurveyForm
{
    [Required(ErrorMessage = "Give the survey a name, such as “Staff survey 2026”.")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Framework")]
    public Guid? FrameworkId { get; set; }

    [Display(Name = "Copy an earlier survey (optional)")]
    public Guid? CopyFromId { get; set; }

    [Required(ErrorMessage = "Enter the first day staff can answer.")]
    [Display(Name = "Opens on")]
    public DateOnly? OpensOn { get; set; }

    [Required(ErrorMessage = "Enter the last day staff can answer.")]
    [Display(Name = "Closes on")]
    public DateOnly? ClosesOn { get; set; }

    [Display(Name = "Ask for an optional comment")]
    public bool AsksForComment { get; set; } = true;

    public List<Guid> SchoolIds { get; set; } = [];
}
