using System.Globalization;
using Beacon.Web.Ui.Charts;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// The results page's stacked agreement bars, by group, standard and item, built only from what the results
/// table shows: a group the privacy rule hides is a row that says so and draws nothing; standards and items
/// are charted only when the total group is shown. With a previous survey each row carries the change in
/// favourability (<see cref="FavourableChange"/>), only where both surveys show the figure.
/// </summary>
public static class AgreementCharts
{
    public static readonly IReadOnlyList<string> Levels = AnswerSheets.Scale.Select(s => s.Label).ToList();

    public static StackedBarFigure ByGroup(SurveyResults results) =>
        new($"Agreement by group, {results.SchoolName ?? "whole district"}", "Group", Levels,
            new[] { results.Total }.Concat(results.Roles)
                .Select(g => g is { Shown: true, Agreement: { } chosen }
                    ? Row(g.Name, chosen, g.PreviousAgreement, results)
                    : new StackedBarRow(g.Name, null, "not shown: too few responses"))
                .ToList())
        { SummaryHeader = "Favourable", ChangeHeader = ChangeHeader(results) };

    public static StackedBarFigure ByStandard(SurveyResults results) =>
        new($"Agreement by standard, {results.SchoolName ?? "whole district"}", "Standard", Levels,
            results.ByStandard.Select(s => Row($"{s.Code} {s.Text}", s.Chosen, s.PreviousChosen, results)).ToList())
        { SummaryHeader = "Favourable", ChangeHeader = ChangeHeader(results) };

    public static StackedBarFigure ByItem(SurveyResults results) =>
        new($"Agreement by item, {results.SchoolName ?? "whole district"}", "Item", Levels,
            results.Items.Select(i => Row($"{i.Code} {i.Text}", i.Chosen, i.PreviousChosen, results)).ToList())
        { SummaryHeader = "Favourable", ChangeHeader = ChangeHeader(results) };

    /// <summary>The share who agree or strongly agree, as the bar's own percentages add it up.</summary>
    public static string Favourable(IReadOnlyList<int> chosen) =>
        FavourableChange.Percent(chosen) is { } percent ? percent.ToString(CultureInfo.InvariantCulture) + "% agree" : "no answers";

    private static StackedBarRow Row(string label, IReadOnlyList<int> chosen, IReadOnlyList<int>? previous, SurveyResults results) =>
        new(label, chosen, Favourable(chosen))
        {
            Change = results.PreviousName is null ? null : FavourableChange.Text(FavourableChange.Points(chosen, previous)),
        };

    private static string? ChangeHeader(SurveyResults results) =>
        results.PreviousName is { } name ? $"Change in favourable since {name}" : null;
}
