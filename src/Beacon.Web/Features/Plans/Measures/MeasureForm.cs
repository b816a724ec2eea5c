using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Features.Plans.Measures;

public class MeasureForm
{
    [Required(ErrorMessage = "Name the measure, e.g. \"Grade 3 reading proficiency\".")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Measure")]
    public string Name { get; set; } = "";

    [StringLength(20, ErrorMessage = "Keep the unit short, e.g. \"%\" or \"days\".")]
    [Display(Name = "Unit (optional)")]
    public string? Unit { get; set; }

    [Display(Name = "Which direction is better?")]
    public bool HigherIsBetter { get; set; } = true;

    [Display(Name = "Take actuals from imported school metric (optional)")]
    public Guid? MetricMeasureId { get; set; }

    [Range(-1_000_000_000, 1_000_000_000, ErrorMessage = "Enter the baseline as a number.")]
    [Display(Name = "Baseline (optional)")]
    public double? Baseline { get; set; }

    [Display(Name = "Baseline school year")]
    public int? BaselineYear { get; set; }

    public List<YearInput> YearValues { get; set; } = [];

    public void Validate(Plan plan, IReadOnlyCollection<Guid> metricIds, ModelStateDictionary modelState)
    {
        if (MetricMeasureId is { } metric && !metricIds.Contains(metric))
        {
            modelState.AddModelError("Form.MetricMeasureId", "Choose a metric from the list, or none to enter actuals by hand.");
        }
        if (BaselineYear is { } year && (year < plan.StartYear - 5 || year > plan.EndYear))
        {
            modelState.AddModelError("Form.BaselineYear", "Choose a baseline year from the list.");
        }
        YearValues = YearValues.Where(y => y.Year >= plan.StartYear && y.Year <= plan.EndYear).ToList();
    }

    public void ApplyTo(PlanMeasure measure)
    {
        measure.Name = Name.Trim();
        measure.Unit = PlanForm.Clean(Unit);
        measure.HigherIsBetter = HigherIsBetter;
        measure.MetricMeasureId = MetricMeasureId;
        measure.Baseline = Baseline;
        measure.BaselineYear = Baseline is null ? null : BaselineYear;
        foreach (var input in YearValues)
        {
            var row = measure.YearValues.FirstOrDefault(y => y.Year == input.Year);
            if (row is null)
            {
                if (input.Target is null && input.Actual is null)
                {
                    continue;
                }
                row = new MeasureYear { Year = input.Year };
                measure.YearValues.Add(row);
            }
            row.Target = input.Target;
            row.EnteredActual = input.Actual;
        }
    }

    public static MeasureForm From(PlanMeasure measure, Plan plan) => new()
    {
        Name = measure.Name,
        Unit = measure.Unit,
        HigherIsBetter = measure.HigherIsBetter,
        MetricMeasureId = measure.MetricMeasureId,
        Baseline = measure.Baseline,
        BaselineYear = measure.BaselineYear,
        YearValues = plan.YearRange.Select(y => measure.YearValues.FirstOrDefault(v => v.Year == y) is { } v
            ? new YearInput { Year = y, Target = v.Target, Actual = v.EnteredActual }
            : new YearInput { Year = y }).ToList(),
    };

    public static MeasureForm Blank(Plan plan) => new()
    {
        BaselineYear = plan.StartYear - 1,
        YearValues = plan.YearRange.Select(y => new YearInput { Year = y }).ToList(),
    };
}

public class YearInput
{
    public int Year { get; set; }

    [Range(-1_000_000_000, 1_000_000_000, ErrorMessage = "Enter the target as a number.")]
    public double? Target { get; set; }

    [Range(-1_000_000_000, 1_000_000_000, ErrorMessage = "Enter the actual as a number.")]
    public double? Actual { get; set; }
}
