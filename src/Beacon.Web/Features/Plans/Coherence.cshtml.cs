using Beacon.Web.Data;
using Beacon.Web.Features.Learning;
using Beacon.Web.Features.SelfAssessment;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>Where the district's plans do not hang together (see <see cref="Coherence"/>), each gap linked to where it is fixed.</summary>
public class CoherenceModel(BeaconDbContext db, GoalLearningQuery learning) : PageModel
{
    public CoherenceGaps Gaps { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, string> PlanNames { get; private set; } = new Dictionary<Guid, string>();
    public int PlanCount { get; private set; }
    public LearningCoverageResult Learning { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var plans = await db.Plans.Select(p => new { p.Id, p.Title, SchoolName = p.School == null ? null : p.School.Name }).ToListAsync(cancellationToken);
        PlanCount = plans.Count;
        PlanNames = plans.ToDictionary(p => p.Id, p => p.SchoolName is null ? $"District: {p.Title}" : $"{p.SchoolName}: {p.Title}");
        var addresses = (await (
                    from link in db.StrategyIndicators
                    join i in db.Indicators on link.IndicatorId equals i.Id
                    join v in db.FrameworkVersions on i.FrameworkVersionId equals v.Id
                    select new { link.StrategyId, v.FrameworkId, i.Code })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.StrategyId, a => new IndicatorKey(a.FrameworkId, a.Code));
        var strategies = (await db.Strategies
                .Join(db.Plans, s => s.PlanId, p => p.Id, (s, p) => new { s.Id, s.PlanId, p.SchoolId, s.Title, s.GoalId })
                .ToListAsync(cancellationToken))
            .Select(s => new StrategyFacts(s.Id, s.PlanId, s.SchoolId, s.Title, s.GoalId, addresses[s.Id].ToList()))
            .ToList();
        var priorities = (await new PrioritiesQuery(db).KeysAsync(cancellationToken))
            .Select(p => new PriorityFacts(p.CycleId, p.SchoolId, p.Key, p.Label))
            .ToList();
        var actions = await db.PlanActions
            .Select(a => new ActionFacts(a.Id, a.PlanId, a.Title, a.StrategyId, a.OwnerUserId != null || a.OwnerName != null, a.StartsOn, a.DueOn, a.Status))
            .ToListAsync(cancellationToken);
        Gaps = Coherence.Find(strategies, actions, priorities);
        var (goals, links) = await learning.ForPlansAsync(null, cancellationToken);
        Learning = LearningCoverage.Find(goals, links, strategies, priorities);
    }
}
