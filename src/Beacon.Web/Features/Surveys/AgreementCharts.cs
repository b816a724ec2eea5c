using System.Globalization;
using Beacon.Web.Ui.Charts;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// The results page's stacked agreement bars, by group and by item, built only from what the results
/// table shows: a group the privacy rule hides is a row that says so and draws nothing; items are
/// charted only when the total group is shown.
/// </summary>
public static class AgreementCharts
{
    public static readonly IReadOnlyList<string> Levels = AnswerSheets.Scale.Select(s => s.Label).ToList();

    public static StackedBarFigure ByGroup(SurveyResults results) =>
        new($"Agreement by group, {results.SchoolName ?? "whole district"}", "Group", Levels,
            new[] { results.Total }.Concat(results.Roles)
                .Select(g => g is { Shown: true, Agreement: { } chosen }
                    ? new StackedBarRow(g.Name, chosen, Favourable(chosen))
                    : new StackedBarRow(g.Name, null, "not shown: too few responses"))
                .ToList())
        { SummaryHeader = "Favourable" };

    public static StackedBarFigure ByItem(SurveyResults results) =>
        new($"Agreement by item, {results.SchoolName ?? "whole district"}", "Item", Levels,
            results.Items.Select(i => new StackedBarRow($"{i.Code} {i.Text}", i.Chosen, Favourable(i.Chosen))).ToList())
        { SummaryHeader = "Favourable" };

    /// <summary>The share who agree or strongly agree, as the bar's own percentages add it up.</summary>
    public static string Favourable(IReadOnlyList<int> chosen)
    {
        if (chosen.Sum() == 0)
        {
            return "no answers";
        }
        var percentages = StackedBar.Percentages(chosen);
        return (percentages[3] + percentages[4]).ToString(CultureInfo.InvariantCulture) + "% agree";
    }
}
