using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// A leader opens a cycle on the current version of an adopted framework, for the district or one
/// school, and names the team. District leaders may choose any school; a school leader only their own.
/// </summary>
public class OpenModel(BeaconDbContext db, CurrentUser currentUser, CycleAccess access, TimeProvider clock) : PageModel
{
    public const string DistrictScope = "district";

    [BindProperty]
    public OpenForm Form { get; set; } = new();

    public IReadOnlyList<Option> Frameworks { get; private set; } = [];
    public IReadOnlyList<Option> Scopes { get; private set; } = [];
    public IReadOnlyList<Option> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!access.CanOpenCycles)
        {
            return Forbid();
        }
        await LoadChoicesAsync(cancellationToken);
        Form.Name = $"Self-assessment {clock.GetUtcNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        Form.Team = currentUser.Id is { } me ? [me] : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!access.CanOpenCycles)
        {
            return Forbid();
        }
        await LoadChoicesAsync(cancellationToken);
        var framework = await db.Frameworks.Where(f => f.Id == Form.FrameworkId && f.Adopted)
            .Select(f => new { f.Id, f.CurrentVersionId, f.Name }).FirstOrDefaultAsync(cancellationToken);
        if (framework is null)
        {
            ModelState.AddModelError("Form.FrameworkId", "Choose one of your district's adopted frameworks.");
        }
        if (Scopes.All(s => s.Value != Form.Scope))
        {
            ModelState.AddModelError("Form.Scope", "Choose the district or one of the schools you lead.");
        }
        var team = Accounts.Where(a => Form.Team.Contains(a.Value)).Select(a => a.Value).ToList();
        if (team.Count == 0)
        {
            ModelState.AddModelError("Form.Team", "Choose at least one person for the team.");
        }
        if (string.IsNullOrWhiteSpace(Form.Name))
        {
            ModelState.AddModelError("Form.Name", "Give the cycle a name, such as “Self-assessment 2026”.");
        }
        if (!ModelState.IsValid || framework is null)
        {
            return Page();
        }
        var cycle = new AssessmentCycle
        {
            Id = Guid.CreateVersion7(),
            Name = Form.Name!.Trim(),
            FrameworkId = framework.Id,
            FrameworkVersionId = framework.CurrentVersionId,
            SchoolId = Form.Scope == DistrictScope ? null : Guid.Parse(Form.Scope!),
            Status = CycleStatus.Open,
        };
        cycle.Members.AddRange(team.Select(userId => new CycleMember { CycleId = cycle.Id, UserId = userId }));
        db.AssessmentCycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = $"The cycle is open with a team of {team.Count}. Each member now rates every indicator.";
        return RedirectToPage("Cycle", new { id = cycle.Id });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        // Ids become text here rather than in SQL, where SQLite would spell them in capitals.
        Frameworks = (await db.Frameworks.Where(f => f.Adopted).OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken))
            .Select(f => new Option(f.Id.ToString(), f.Name)).ToList();
        var schools = db.Schools.AsQueryable();
        if (!access.SeesWholeDistrict)
        {
            var mine = await access.MySchoolIdsAsync(cancellationToken);
            schools = schools.Where(s => mine.Contains(s.Id));
        }
        var schoolOptions = (await schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => new Option(s.Id.ToString(), s.Name)).ToList();
        Scopes = access.SeesWholeDistrict ? [new Option(DistrictScope, "The district as a whole"), .. schoolOptions] : schoolOptions;
        Accounts = await db.Users.OrderBy(u => u.DisplayName)
            .Select(u => new Option(u.Id, u.DisplayName + " (" + u.Email + ")")).ToListAsync(cancellationToken);
    }

    public sealed record Option(string Value, string Text);
}

public sealed class OpenForm
{
    [Display(Name = "Framework")]
    public Guid? FrameworkId { get; set; }

    [Display(Name = "Assess")]
    public string? Scope { get; set; }

    [Display(Name = "Name of the cycle")]
    public string? Name { get; set; }

    public List<string> Team { get; set; } = [];
}
