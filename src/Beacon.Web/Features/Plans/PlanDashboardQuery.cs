using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

public sealed record SchoolGoalRow(
    Guid GoalId, Guid PlanId, Guid SchoolId, string SchoolName, string Title, Guid? DistrictGoalId,
    GoalStatus? Status, int Actions, int Complete, int Overdue);

public sealed record SchoolPlanRow(Guid PlanId, Guid SchoolId, string SchoolName, string Title, ReviewView? Review, int Goals, int Actions, int Complete, int Overdue);

public sealed record OverdueRow(Guid ActionId, Guid PlanId, string PlanTitle, string? SchoolName, string Title, DateOnly DueOn, ActionStatus Status);

public sealed record PlanDashboard(
    PlanView DistrictPlan,
    IReadOnlyList<SchoolPlanRow> SchoolPlans,
    IReadOnlyList<SchoolGoalRow> SchoolGoals,
    IReadOnlyList<OverdueRow> Overdue,
    int OverdueTotal);

/// <summary>
/// The dashboard's figures for a district plan and every school plan under it, counted in the
/// database (actions per goal, overdue actions) so the view stays quick with hundreds of schools.
/// </summary>
public sealed class PlanDashboardQuery(BeaconDbContext db, PlanReader reader)
{
    public const int OverdueShown = 50;

    public async Task<PlanDashboard?> LoadAsync(Guid districtPlanId, Guid? goalId, Guid? schoolId, CancellationToken cancellationToken = default)
    {
        var view = await reader.ReadAsync(districtPlanId, ReviewChoice.Latest, cancellationToken);
        if (view is null || !view.Plan.IsDistrictPlan)
        {
            return null;
        }
        var today = reader.Today;
        var schoolPlans = db.Plans.Where(p => p.DistrictPlanId == districtPlanId && (schoolId == null || p.SchoolId == schoolId));
        var planIds = db.Plans.Where(p => p.Id == districtPlanId).Select(p => p.Id).Concat(schoolPlans.Select(p => p.Id));

        var plans = await schoolPlans.OrderBy(p => p.School!.Name)
            .Select(p => new { p.Id, SchoolId = p.SchoolId!.Value, SchoolName = p.School!.Name, p.Title })
            .ToListAsync(cancellationToken);
        var goals = await db.PlanGoals.Where(g => schoolPlans.Select(p => p.Id).Contains(g.PlanId) && (goalId == null || g.DistrictGoalId == goalId))
            .OrderBy(g => g.Position)
            .Select(g => new { g.Id, g.PlanId, g.Title, g.DistrictGoalId })
            .ToListAsync(cancellationToken);
        var actionStats = await db.PlanActions.Where(a => schoolPlans.Select(p => p.Id).Contains(a.PlanId))
            .GroupBy(a => new { a.PlanId, GoalId = a.Strategy == null ? null : a.Strategy.GoalId })
            .Select(g => new
            {
                g.Key.PlanId,
                g.Key.GoalId,
                Total = g.Count(),
                Complete = g.Count(a => a.Status == ActionStatus.Complete),
                Overdue = g.Count(a => a.DueOn < today && a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled),
            })
            .ToListAsync(cancellationToken);

        var reviews = (await db.ProgressReviews.Where(r => schoolPlans.Select(p => p.Id).Contains(r.PlanId))
                .Select(r => new { r.PlanId, View = new ReviewView(r.Id, r.Year, r.Quarter, r.SignedOffAt, r.SignedOffBy) })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.PlanId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.View).OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).First());
        var latestReviewIds = reviews.Values.Select(r => r.Id).ToList();
        var statuses = await db.GoalReviews.Where(g => latestReviewIds.Contains(g.ReviewId))
            .ToDictionaryAsync(g => g.GoalId, g => g.Status, cancellationToken);

        var names = plans.ToDictionary(p => p.Id);
        var goalRows = goals.Select(g =>
        {
            var stats = actionStats.Where(s => s.PlanId == g.PlanId && s.GoalId == g.Id).ToList();
            var plan = names[g.PlanId];
            return new SchoolGoalRow(g.Id, g.PlanId, plan.SchoolId, plan.SchoolName, g.Title, g.DistrictGoalId, statuses.GetValueOrDefault(g.Id),
                stats.Sum(s => s.Total), stats.Sum(s => s.Complete), stats.Sum(s => s.Overdue));
        }).ToList();
        var planRows = plans
            .Where(p => goalId is null || goals.Any(g => g.PlanId == p.Id))
            .Select(p =>
            {
                var stats = actionStats.Where(s => s.PlanId == p.Id).ToList();
                return new SchoolPlanRow(p.Id, p.SchoolId, p.SchoolName, p.Title, reviews.GetValueOrDefault(p.Id),
                    goals.Count(g => g.PlanId == p.Id), stats.Sum(s => s.Total), stats.Sum(s => s.Complete), stats.Sum(s => s.Overdue));
            }).ToList();

        var overdue = db.PlanActions.Where(a => planIds.Contains(a.PlanId)
            && a.DueOn < today && a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled);
        if (goalId is { } g)
        {
            overdue = overdue.Where(a => a.Strategy != null && a.Strategy.Goal != null
                && (a.Strategy.GoalId == g || a.Strategy.Goal.DistrictGoalId == g));
        }
        var overdueTotal = await overdue.CountAsync(cancellationToken);
        var overdueRows = await overdue.OrderBy(a => a.DueOn).ThenBy(a => a.Title).Take(OverdueShown)
            .Join(db.Plans, a => a.PlanId, p => p.Id, (a, p) => new OverdueRow(a.Id, p.Id, p.Title, p.School!.Name, a.Title, a.DueOn!.Value, a.Status))
            .ToListAsync(cancellationToken);

        return new PlanDashboard(view, planRows, goalRows, overdueRows, overdueTotal);
    }
}
