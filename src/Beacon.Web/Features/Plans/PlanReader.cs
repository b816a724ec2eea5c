using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

public enum ReviewChoice
{
    /// <summary>The latest review, signed off or still a draft: what the people running the plan see.</summary>
    Latest,

    /// <summary>The latest signed-off review: what the board sees.</summary>
    LatestSignedOff,
}

/// <summary>Reads one plan whole, with actuals from metrics, overdue flags and the chosen review's statuses.</summary>
public sealed class PlanReader(BeaconDbContext db, MetricActuals metricActuals, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<PlanView?> ReadAsync(Guid planId, ReviewChoice reviewChoice, CancellationToken cancellationToken = default)
    {
        var header = await db.Plans.Where(p => p.Id == planId)
            .Select(p => new PlanHeader(p.Id, p.Title, p.SchoolId, p.School!.Name, p.DistrictPlanId, p.DistrictPlan!.Title,
                p.StartYear, p.Years, p.Mission, p.Vision))
            .FirstOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var goals = await db.PlanGoals.Where(g => g.PlanId == planId).OrderBy(g => g.Position)
            .Include(g => g.Measures).ThenInclude(m => m.YearValues)
            .Include(g => g.Measures).ThenInclude(m => m.MetricMeasure)
            .Include(g => g.DistrictGoal)
            .AsSplitQuery().AsNoTracking().ToListAsync(cancellationToken);
        var strategies = await db.Strategies.Where(s => s.PlanId == planId).OrderBy(s => s.Title).AsNoTracking().ToListAsync(cancellationToken);
        var addresses = (await (
                from s in db.Strategies
                where s.PlanId == planId
                from link in s.Indicators
                orderby link.Indicator!.Code
                select new { s.Id, link.Indicator!.Code, link.Indicator.Text })
            .ToListAsync(cancellationToken))
            .ToLookup(a => a.Id, a => $"{a.Code}: {a.Text}");
        var actions = await db.PlanActions.Where(a => a.PlanId == planId)
            .OrderBy(a => a.DueOn == null).ThenBy(a => a.DueOn).ThenBy(a => a.Title).AsNoTracking().ToListAsync(cancellationToken);
        var ownerIds = actions.Where(a => a.OwnerUserId != null).Select(a => a.OwnerUserId!).Distinct().ToList();
        var owners = await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var reviews = (await db.ProgressReviews.Where(r => r.PlanId == planId)
            .Select(r => new ReviewView(r.Id, r.Year, r.Quarter, r.SignedOffAt, r.SignedOffBy))
            .ToListAsync(cancellationToken))
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).ToList();
        var review = reviewChoice == ReviewChoice.Latest ? reviews.FirstOrDefault() : reviews.FirstOrDefault(r => r.IsSignedOff);
        var goalReviews = review is null
            ? []
            : await db.GoalReviews.Where(g => g.ReviewId == review.Id)
                .ToDictionaryAsync(g => g.GoalId, g => new GoalReviewView(g.Status, g.Narrative, g.Evidence), cancellationToken);

        var metricIds = goals.SelectMany(g => g.Measures).Where(m => m.MetricMeasureId != null).Select(m => m.MetricMeasureId!.Value).Distinct().ToList();
        var imported = await metricActuals.ForAsync(header.SchoolId, metricIds, header.StartYear, header.StartYear + header.Years - 1, cancellationToken);

        var today = Today;
        ActionView ToView(PlanAction a) => new(a.Id, a.StrategyId, a.Title,
            a.OwnerUserId is { } id && owners.TryGetValue(id, out var name) ? name : a.OwnerName,
            a.StartsOn, a.DueOn, a.Status, a.Budget, a.FundingSource, ActionSchedule.IsOverdue(a.DueOn, a.Status, today));
        StrategyView StrategyToView(Strategy s) => new(s.Id, s.GoalId, s.Title, s.Description,
            actions.Where(a => a.StrategyId == s.Id).Select(ToView).ToList(), addresses[s.Id].ToList());

        return new PlanView(
            header,
            goals.Select(g => new GoalView(g.Id, g.Position, g.Title, g.Description, g.DistrictGoalId, g.DistrictGoal?.Title,
                g.Measures.OrderBy(m => m.Position).ThenBy(m => m.Name).Select(m => MeasureToView(m, header, imported)).ToList(),
                strategies.Where(s => s.GoalId == g.Id).Select(StrategyToView).ToList(),
                goalReviews.GetValueOrDefault(g.Id))).ToList(),
            strategies.Where(s => s.GoalId is null).Select(StrategyToView).ToList(),
            actions.Where(a => a.StrategyId is null).Select(ToView).ToList(),
            review,
            reviews);
    }

    private static MeasureView MeasureToView(PlanMeasure m, PlanHeader plan, IReadOnlyDictionary<(Guid, int), DistrictValue> imported)
    {
        AggregationMethod? method = null;
        var points = plan.YearRange.Select(year =>
        {
            var row = m.YearValues.FirstOrDefault(y => y.Year == year);
            double? actual = null;
            var source = ActualSource.None;
            if (m.MetricMeasureId is { } metric && imported.TryGetValue((metric, year), out var value))
            {
                (actual, source, method) = (value.Value, ActualSource.Imported, value.Method);
            }
            else if (row?.EnteredActual is { } entered)
            {
                (actual, source) = (entered, ActualSource.Entered);
            }
            return new MeasurePoint(year, row?.Target, actual, source, TargetProgress.Assess(actual, row?.Target, m.Baseline, m.HigherIsBetter));
        }).ToList();
        return new MeasureView(m.Id, m.Name, m.Unit, m.HigherIsBetter, m.Baseline, m.BaselineYear, m.MetricMeasure?.Name,
            plan.IsDistrictPlan ? method : null, points);
    }
}
