using Beacon.Web.Data;
using Beacon.Web.Features.Plans.Budgets;
using Beacon.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Publishing;

public sealed record PublicGoal(string Title, string Status, IReadOnlyList<PublicMeasure> Measures, decimal? Budget);

public sealed record PublicMeasure(string Name, string Baseline, string Target, string Actual);

public sealed record PublicSurvey(string Name, string Favourable);

/// <summary>
/// Everything the public page shows, built from the chosen figures only: goals with the status of the
/// latest signed-off review, measures, budget totals and a survey's district favourability from its
/// final release. No owner, action, staff member, rating or school-level survey figure is read at all,
/// and a suppressed district figure is left out rather than shown.
/// </summary>
public sealed record PublicFigures(
    string DistrictName, string PlanTitle, string Period, string? Mission, string? Vision,
    IReadOnlyList<PublicGoal> Goals, bool ShowsGoals, bool ShowsMeasures, decimal? BudgetTotal, PublicSurvey? Survey);

public sealed class PublicFiguresQuery(BeaconDbContext db, PlanReader reader, BudgetQuery budgets, SurveyResultsQuery surveys)
{
    public async Task<PublicFigures?> LoadAsync(string districtName, CancellationToken cancellationToken)
    {
        var choice = await db.PublicPlanPages.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (choice is not { Published: true, PlanId: { } planId } || await reader.ReadAsync(planId, ReviewChoice.LatestSignedOff, cancellationToken) is not { } view)
        {
            return null;
        }
        BudgetTotals? totals = choice.ShowBudget ? BudgetRollup.Of(await budgets.LinesAsync(planId, cancellationToken)) : null;
        var goals = view.Goals.Select(g => new PublicGoal(
            g.Title,
            GoalStatuses.Label(g.Review?.Status),
            choice.ShowMeasures ? g.Measures.Select(Measure).ToList() : [],
            totals?.ByGoal.GetValueOrDefault(g.Id))).ToList();
        return new PublicFigures(districtName, view.Plan.Title, view.Plan.Period, view.Plan.Mission, view.Plan.Vision,
            choice.ShowGoals || choice.ShowMeasures || choice.ShowBudget ? goals : [], choice.ShowGoals, choice.ShowMeasures,
            totals?.Total, choice.SurveyId is { } surveyId ? await SurveyAsync(surveyId, cancellationToken) : null);
    }

    private static PublicMeasure Measure(MeasureView m)
    {
        var point = m.Latest ?? m.Points.FirstOrDefault(p => p.Target is not null);
        return new PublicMeasure(m.Name, PlanFormat.Number(m.Baseline, m.Unit), PlanFormat.Number(point?.Target, m.Unit), PlanFormat.Number(point?.Actual, m.Unit));
    }

    // Only the final release, only the district row, only when the privacy rule shows it.
    private async Task<PublicSurvey?> SurveyAsync(Guid surveyId, CancellationToken cancellationToken)
    {
        var results = await surveys.LoadAsync(surveyId, null, cancellationToken, finalOnly: true);
        return results?.Total is { Shown: true, Agreement: { } chosen } && chosen.Sum() > 0
            ? new PublicSurvey(results.Survey.Name, AgreementCharts.Favourable(chosen))
            : null;
    }
}
