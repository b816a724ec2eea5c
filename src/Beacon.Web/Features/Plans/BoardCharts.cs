using System.Globalization;
using Beacon.Web.Ui.Charts;

namespace Beacon.Web.Features.Plans;

/// <summary>The charts of the board report, built once for the page and its PDF so both draw the same figures.</summary>
public static class BoardCharts
{
    public static readonly IReadOnlyList<string> StatusLevels =
        [GoalStatuses.Label(GoalStatus.OffTrack), GoalStatuses.Label(GoalStatus.AtRisk), GoalStatuses.Label(GoalStatus.OnTrack)];

    /// <summary>How many goals the latest signed-off review found off track, at risk and on track; null without such a review.</summary>
    public static StackedBarFigure? StatusBar(PlanView view)
    {
        if (view.Review is not { } review)
        {
            return null;
        }
        int Count(GoalStatus status) => view.Goals.Count(g => g.Review?.Status == status);
        var on = Count(GoalStatus.OnTrack);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{on} of {view.Goals.Count} on track");
        return new StackedBarFigure($"Goals by status, review {review.Label}", "Review", StatusLevels,
            [new StackedBarRow(review.Label, [Count(GoalStatus.OffTrack), Count(GoalStatus.AtRisk), on], summary)])
        { SummaryHeader = "Summary" };
    }

    /// <summary>A measure's actuals against its targets by school year, the baseline first.</summary>
    public static ChartDrawing Measure(MeasureView measure)
    {
        var categories = new List<string>();
        var actual = new List<double?>();
        var target = new List<double?>();
        if (measure.Baseline is { } baseline)
        {
            categories.Add("Baseline");
            actual.Add(baseline);
            target.Add(null);
        }
        foreach (var point in measure.Points)
        {
            categories.Add(Plan.YearName(point.Year));
            actual.Add(point.Actual);
            target.Add(point.Target);
        }
        return TrendChart.Build($"{measure.Name}: actual against target by school year", categories, actual, target, measure.Unit == "%" ? "%" : "");
    }
}
