using Beacon.Web.Data;
using Beacon.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>How many of a set of plans' goals are on track, at risk, off track or not yet rated in each plan's latest review.</summary>
public sealed record GoalStatusCounts(int OnTrack, int AtRisk, int OffTrack, int NotRated)
{
    public int Total => OnTrack + AtRisk + OffTrack + NotRated;

    /// <summary>Two statements whatever the number of plans: the plans' reviews (a few a year each), then their goals with their status in the latest one.</summary>
    public static async Task<IReadOnlyDictionary<Guid, GoalStatusCounts>> ForPlansAsync(BeaconDbContext db, IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken)
    {
        if (planIds.Count == 0)
        {
            return new Dictionary<Guid, GoalStatusCounts>();
        }
        var reviews = await db.ProgressReviews.Where(r => planIds.Contains(r.PlanId))
            .Select(r => new { r.Id, r.PlanId, r.Year, r.Quarter })
            .ToListAsync(cancellationToken);
        var latest = reviews.GroupBy(r => r.PlanId)
            .Select(g => g.OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).First().Id)
            .ToList();
        var goals = await db.PlanGoals.Where(g => planIds.Contains(g.PlanId))
            .Select(g => new
            {
                g.PlanId,
                Status = db.GoalReviews.Where(r => r.GoalId == g.Id && latest.Contains(r.ReviewId)).Select(r => r.Status).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return planIds.ToDictionary(id => id, id =>
        {
            var mine = goals.Where(g => g.PlanId == id).ToList();
            return new GoalStatusCounts(
                mine.Count(g => g.Status == GoalStatus.OnTrack),
                mine.Count(g => g.Status == GoalStatus.AtRisk),
                mine.Count(g => g.Status == GoalStatus.OffTrack),
                mine.Count(g => g.Status is null));
        });
    }

    /// <summary>"2 on track, 1 off track, 1 not yet rated": only the statuses some goal has.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (OnTrack > 0)
        {
            parts.Add($"{OnTrack:N0} on track");
        }
        if (AtRisk > 0)
        {
            parts.Add($"{AtRisk:N0} at risk");
        }
        if (OffTrack > 0)
        {
            parts.Add($"{OffTrack:N0} off track");
        }
        if (NotRated > 0)
        {
            parts.Add($"{NotRated:N0} not yet rated");
        }
        return string.Join(", ", parts);
    }

    public HomeTone Tone => OffTrack > 0 || AtRisk > 0 ? HomeTone.Attention : OnTrack == Total && Total > 0 ? HomeTone.Good : HomeTone.Plain;
}
