using Beacon.Web.Features.Metrics;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans;

/// <summary>
/// How a goal's progress is measured: a baseline, a target for each year of the plan and the
/// actual result. When it names an imported <see cref="Metrics.Measure"/> the actuals come from the
/// school-year metrics (see README.md); otherwise, or for a year with no imported value, they are entered.
/// </summary>
public class PlanMeasure : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid GoalId { get; set; }
    public PlanGoal? Goal { get; set; }
    public int Position { get; set; }

    public required string Name { get; set; }

    /// <summary>Short unit shown after numbers, e.g. "%".</summary>
    public string? Unit { get; set; }

    public bool HigherIsBetter { get; set; } = true;

    public Guid? MetricMeasureId { get; set; }
    public Measure? MetricMeasure { get; set; }

    public double? Baseline { get; set; }

    /// <summary>The school year (its start year) the baseline was taken in.</summary>
    public int? BaselineYear { get; set; }

    public List<MeasureYear> YearValues { get; set; } = [];
}

/// <summary>A measure's target and entered actual for one school year of the plan.</summary>
public class MeasureYear : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PlanMeasureId { get; set; }

    /// <summary>The start year of the school year (2025 for 2025-26).</summary>
    public int Year { get; set; }

    public double? Target { get; set; }
    public double? EnteredActual { get; set; }
}
