using Beacon.Web.Data;
using Beacon.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>The plans' goals and the published offerings tagged to them, for the coherence check and plan reviews.</summary>
public sealed class GoalLearningQuery(BeaconDbContext db)
{
    /// <summary>The goals (of one plan, or all) with their facts, and the links of published offerings to them and to the district goals they serve.</summary>
    public async Task<(IReadOnlyList<GoalFacts> Goals, IReadOnlyList<LearningLink> Links)> ForPlansAsync(Guid? planId, CancellationToken cancellationToken)
    {
        var goalQuery = db.PlanGoals.AsQueryable();
        if (planId is { } plan)
        {
            goalQuery = goalQuery.Where(g => g.PlanId == plan);
        }
        var goals = await goalQuery.OrderBy(g => g.PlanId).ThenBy(g => g.Position)
            .Select(g => new GoalFacts(g.Id, g.PlanId, g.Position, g.Title, g.DistrictGoalId))
            .ToListAsync(cancellationToken);
        var linkQuery = db.OfferingGoals.AsQueryable();
        if (planId is not null)
        {
            var goalIds = goals.Select(g => g.Id).Concat(goals.Where(g => g.DistrictGoalId is not null).Select(g => g.DistrictGoalId!.Value)).Distinct().ToList();
            linkQuery = linkQuery.Where(l => goalIds.Contains(l.GoalId));
        }
        var links = await linkQuery
            .Join(db.Offerings.Where(o => o.Status == OfferingStatus.Published), l => l.OfferingId, o => o.Id, (l, o) => new LearningLink(l.GoalId, o.Id, o.Title))
            .ToListAsync(cancellationToken);
        return (goals, links);
    }
}
