using System.Globalization;
using Beacon.Web.Ui.Charts;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>A cycle's ratings as stacked bars, one chart per domain, one bar per indicator: how many team members chose each rubric level.</summary>
public static class RatingCharts
{
    public static ChartDrawing ForDomain(CycleResult result, string domainName, IEnumerable<IndicatorResult> indicators) =>
        StackedBarChart.Build($"Team's ratings, {domainName}", result.Levels.Select(l => l.Label).ToList(),
            indicators.Select(i => new StackedBarRow($"{i.Code} {i.Text}", i.Spread.Counts,
                i.Spread.Total == 1 ? "1 rating" : i.Spread.Total.ToString(CultureInfo.InvariantCulture) + " ratings")).ToList());
}
