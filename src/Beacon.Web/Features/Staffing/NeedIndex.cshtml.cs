using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>The district's need-index weights, which the equity report can rank quartiles by.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class NeedIndexModel(BeaconDbContext db, NeedQuery needs) : PageModel
{
    [BindProperty]
    public NeedIndexForm Form { get; set; } = new();

    /// <summary>Measures that can be a results measure: not the built-in inputs of the index.</summary>
    public IReadOnlyList<(Guid Id, string Name)> ResultsMeasures { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await needs.SettingsAsync(cancellationToken);
        Form = new NeedIndexForm
        {
            PovertyWeight = settings.PovertyWeight,
            EnglishLearnerWeight = settings.EnglishLearnerWeight,
            DisabilityWeight = settings.DisabilityWeight,
            ResultsWeight = settings.ResultsWeight,
            ResultsMeasureId = settings.ResultsMeasureId,
        };
        await LoadMeasuresAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadMeasuresAsync(cancellationToken);
        if (Form.ResultsMeasureId is { } measure && ResultsMeasures.All(m => m.Id != measure))
        {
            ModelState.AddModelError("Form.ResultsMeasureId", "Choose a results measure from the list.");
        }
        if (Form.ResultsWeight > 0 && Form.ResultsMeasureId is null)
        {
            ModelState.AddModelError("Form.ResultsMeasureId", "Results have a weight, so choose the results measure, or set the results weight to 0.");
        }
        if (ModelState.IsValid && Form.PovertyWeight + Form.EnglishLearnerWeight + Form.DisabilityWeight + Form.ResultsWeight <= 0)
        {
            ModelState.AddModelError("Form.PovertyWeight", "Every weight is 0. Give at least one input a weight above 0, e.g. poverty 1.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var settings = await db.NeedIndexSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new NeedIndexSettings();
            db.NeedIndexSettings.Add(settings);
        }
        settings.PovertyWeight = Form.PovertyWeight!.Value;
        settings.EnglishLearnerWeight = Form.EnglishLearnerWeight!.Value;
        settings.DisabilityWeight = Form.DisabilityWeight!.Value;
        settings.ResultsWeight = Form.ResultsWeight!.Value;
        settings.ResultsMeasureId = Form.ResultsWeight > 0 ? Form.ResultsMeasureId : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Form.PovertyWeight", "Someone else saved the weights at the same moment. Open the page again to see theirs, then save yours.");
            return Page();
        }
        Message = "The need index weights are saved.";
        return RedirectToPage();
    }

    private async Task LoadMeasuresAsync(CancellationToken cancellationToken)
    {
        string[] inputs = [Measure.EnrollmentCode, Measure.PovertyCode, NeedIndex.EnglishLearnerCode, NeedIndex.DisabilityCode];
        var measures = await db.Measures.Where(m => !inputs.Contains(m.Code)).OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        ResultsMeasures = measures.Select(m => (m.Id, m.Name)).ToList();
    }
}

public class NeedIndexForm
{
    private const string WeightMessage = "Enter a weight from 0 to 100; 0 leaves this input out.";

    [Required(ErrorMessage = WeightMessage)]
    [Range(0, 100, ErrorMessage = WeightMessage)]
    [Display(Name = "Weight of poverty share")]
    public double? PovertyWeight { get; set; } = 1;

    [Required(ErrorMessage = WeightMessage)]
    [Range(0, 100, ErrorMessage = WeightMessage)]
    [Display(Name = "Weight of English-learner share")]
    public double? EnglishLearnerWeight { get; set; } = 0;

    [Required(ErrorMessage = WeightMessage)]
    [Range(0, 100, ErrorMessage = WeightMessage)]
    [Display(Name = "Weight of students with disabilities")]
    public double? DisabilityWeight { get; set; } = 0;

    [Required(ErrorMessage = WeightMessage)]
    [Range(0, 100, ErrorMessage = WeightMessage)]
    [Display(Name = "Weight of results")]
    public double? ResultsWeight { get; set; } = 0;

    [Display(Name = "Results measure")]
    public Guid? ResultsMeasureId { get; set; }
}
