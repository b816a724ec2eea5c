using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support;

[Authorize(Policy = Policies.DistrictLeadership)]
public class SettingsModel(BeaconDbContext db, PerformanceQuery performance) : PageModel
{
    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    [BindProperty]
    public List<WeightInput> Weights { get; set; } = [];

    public IReadOnlyDictionary<Guid, string> MeasureNames { get; private set; } = new Dictionary<Guid, string>();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await performance.LoadSupportSettingsAsync(cancellationToken);
        Form = new SettingsForm { Threshold = settings.Threshold, DeclineYears = settings.DeclineYears, BottomSharePercent = settings.BottomSharePercent };
        var measures = await performance.LoadWeightedMeasuresAsync(cancellationToken);
        Weights = measures.Select(m => new WeightInput { MeasureId = m.Id, Weight = m.Weight }).ToList();
        MeasureNames = measures.ToDictionary(m => m.Id, m => m.Name);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var measures = await performance.LoadWeightedMeasuresAsync(cancellationToken);
        MeasureNames = measures.ToDictionary(m => m.Id, m => m.Name);
        Weights = Weights.Where(w => MeasureNames.ContainsKey(w.MeasureId)).ToList();
        if (Weights.Count > 0 && Weights.All(w => w.Weight is null or 0))
        {
            ModelState.AddModelError("", "Give at least one measure a weight above 0, or there is no score to flag on.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var settings = await db.SupportSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new SupportSettings();
            db.SupportSettings.Add(settings);
        }
        settings.Threshold = Form.Threshold;
        settings.DeclineYears = Form.DeclineYears ?? 0;
        settings.BottomSharePercent = Form.BottomSharePercent ?? 0;
        var stored = await db.MeasureWeights.ToDictionaryAsync(w => w.MeasureId, cancellationToken);
        foreach (var input in Weights)
        {
            if (!stored.TryGetValue(input.MeasureId, out var weight))
            {
                weight = new MeasureWeight { MeasureId = input.MeasureId };
                db.MeasureWeights.Add(weight);
            }
            weight.Weight = input.Weight ?? 0;
        }
        await db.SaveChangesAsync(cancellationToken);
        Notice = "Weights and thresholds saved. Scores and rules use them from now on.";
        return RedirectToPage("Index");
    }
}

public class SettingsForm
{
    [Range(0, 100, ErrorMessage = "Enter a threshold between 0 and 100, or leave it empty to turn the rule off.")]
    [Display(Name = "Threshold: flag a latest score below")]
    public double? Threshold { get; set; }

    [Range(0, 10, ErrorMessage = "Enter a number of years between 0 (off) and 10.")]
    [Display(Name = "Decline: flag a score that fell in each of the last … years")]
    public int? DeclineYears { get; set; }

    [Range(0, 100, ErrorMessage = "Enter a share between 0 (off) and 100.")]
    [Display(Name = "Bottom share: flag the lowest … % of schools")]
    public double? BottomSharePercent { get; set; }
}

public class WeightInput
{
    public Guid MeasureId { get; set; }

    [Range(0, 100, ErrorMessage = "Enter a weight between 0 (not counted) and 100.")]
    public double? Weight { get; set; }
}
