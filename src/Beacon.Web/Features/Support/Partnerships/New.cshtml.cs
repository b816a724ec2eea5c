using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Partnerships;

/// <summary>
/// Contracts a supporting school for a supported one. Once the supported school is chosen, the page
/// suggests schools strong where it is weak (schools with open flags are left out: they need support themselves).
/// </summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class NewModel(BeaconDbContext db, TimeProvider clock, SchoolChoiceQuery schoolChoices, PerformanceQuery performance) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "school")]
    public Guid? SupportedSchoolId { get; set; }

    [BindProperty]
    public PartnershipForm Form { get; set; } = new();

    public IReadOnlyList<SchoolChoice> Schools { get; private set; } = [];
    public IReadOnlyList<PartnerSuggestion> Suggestions { get; private set; } = [];
    public string? SupportedSchoolName { get; private set; }

    public async Task OnGetAsync(Guid? supporting, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (SupportedSchoolName is null)
        {
            return;
        }
        Form.SupportingSchoolId = supporting is { } s && Schools.Any(c => c.Id == s) ? s : null;
        Form.StartsOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Form.Years = Partnership.DefaultYears;
        Form.AreasOfNeed = string.Join(", ", Suggestions.SelectMany(x => x.Strengths).Select(x => x.MeasureName).Distinct());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (SupportedSchoolName is null)
        {
            ModelState.AddModelError("", "Choose the school that will be supported first.");
            return Page();
        }
        if (Form.SupportingSchoolId is { } supporting && (supporting == SupportedSchoolId || Schools.All(s => s.Id != supporting)))
        {
            ModelState.AddModelError("Form.SupportingSchoolId", "Choose another school of the district to give the support.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var starts = Form.StartsOn!.Value;
        var partnership = new Partnership
        {
            SupportedSchoolId = SupportedSchoolId!.Value,
            SupportingSchoolId = Form.SupportingSchoolId!.Value,
            AreasOfNeed = Form.AreasOfNeed.Trim(),
            StartsOn = starts,
            EndsOn = starts.AddYears(Form.Years!.Value).AddDays(-1),
        };
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = partnership.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Schools = await schoolChoices.ListAsync(cancellationToken);
        SupportedSchoolName = Schools.FirstOrDefault(s => s.Id == SupportedSchoolId)?.Name;
        if (SupportedSchoolName is null)
        {
            return;
        }
        var table = await performance.LoadPerformanceAsync(cancellationToken);
        var flagged = (await db.SchoolFlags.Where(f => f.Status != FlagStatus.Resolved).Select(f => f.SchoolId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var profiles = table.Schools.Select(s => s.LatestProfile()).ToList();
        var supported = profiles.First(p => p.SchoolId == SupportedSchoolId);
        var names = table.Measures.Where(m => m.Weight > 0).ToDictionary(m => m.Id, m => m.Name);
        Suggestions = PartnerMatching.Suggest(supported, profiles, names, flagged);
    }
}

public class PartnershipForm
{
    [Required(ErrorMessage = "Choose the school that will give the support; the suggestions are a good start.")]
    [Display(Name = "Supporting school")]
    public Guid? SupportingSchoolId { get; set; }

    [Required(ErrorMessage = "Name the areas of need the partnership works on, e.g. \"Reading, attendance\".")]
    [StringLength(Limits.Paragraph, ErrorMessage = "Keep the areas of need under {1:N0} characters.")]
    [Display(Name = "Areas of need")]
    public string AreasOfNeed { get; set; } = "";

    [Required(ErrorMessage = "Enter the date the contract starts.")]
    [Display(Name = "Starts on")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Enter how many years the contract runs; two is usual.")]
    [Range(1, 5, ErrorMessage = "Enter a period of 1 to 5 years.")]
    [Display(Name = "Years")]
    public int? Years { get; set; }
}
