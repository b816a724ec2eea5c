using Beacon.Web.Data;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>What a trustee reads first: the district plan's goals and the latest signed-off progress review.</summary>
public sealed record TrusteeFigures(Guid? PlanId, string? PlanTitle, string? Period, GoalStatusCounts? Goals, string? LatestReview, DateTimeOffset? SignedOffAt, int SchoolPlans);

/// <summary>The trustee's home: the board report, summarised. Five statements.</summary>
public sealed class TrusteeHome(BeaconDbContext db)
{
    public async Task<TrusteeFigures> LoadAsync(CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Where(p => p.SchoolId == null).OrderByDescending(p => p.StartYear).ThenByDescending(p => p.CreatedAt)
            .Select(p => new { p.Id, p.Title, p.StartYear, p.Years, SchoolPlans = db.Plans.Count(s => s.DistrictPlanId == p.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return new TrusteeFigures(null, null, null, null, null, null, 0);
        }
        var goals = (await GoalStatusCounts.ForPlansAsync(db, [plan.Id], cancellationToken))[plan.Id];
        var review = await db.ProgressReviews.Where(r => r.PlanId == plan.Id && r.SignedOffAt != null)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter)
            .Select(r => new { r.Year, r.Quarter, r.SignedOffAt })
            .FirstOrDefaultAsync(cancellationToken);
        var period = new Plans.Plan { Title = plan.Title, StartYear = plan.StartYear, Years = plan.Years }.Period;
        return new TrusteeFigures(plan.Id, plan.Title, period, goals,
            review is null ? null : $"{Plans.Plan.YearName(review.Year)} Q{review.Quarter}", review?.SignedOffAt, plan.SchoolPlans);
    }

    public static HomeView Present(TrusteeFigures f)
    {
        if (f.PlanId is null)
        {
            return new HomeView("trustee", "Board report",
                [new HomeSection("board", "The district plan", [], "The district has not published its improvement plan yet. The board report appears here once it has.")]);
        }
        var items = new List<HomeItem>
        {
            new("board", $"Board report: {f.PlanTitle}", "/Plans/Board", null, f.Period),
            new("goals", f.Goals!.Total == 0 ? "No goals set yet" : $"Goals: {f.Goals.Describe()}", "/Plans/Board", f.Goals.Total, null, f.Goals.Tone),
            new("review", f.LatestReview is { } label ? $"Latest signed-off progress review: {label}" : "No progress review signed off yet", "/Plans/Board", null,
                f.SignedOffAt is { } at ? $"Signed off {HomeFormat.Instant(at)}" : null),
            new("school-plans", $"{Plural.Of(f.SchoolPlans, "school plan")} under this plan", "/Plans", f.SchoolPlans),
        };
        return new HomeView("trustee", "Board report", [new HomeSection("board", "The district plan", items, "")]);
    }
}
