using Beacon.Web.Data;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.SelfAssessment;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Features.Support;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>The district at a glance for its leaders.</summary>
public sealed record LeaderFigures(
    LeaderFigures.DistrictPlan? Plan,
    IReadOnlyList<(string Tier, int Schools)> Tiers,
    int Schools,
    int NewFlags,
    int EscalatedFlags,
    int CyclesOpen,
    int SurveysOpen,
    EquityHeadline? Equity,
    int OverdueActions)
{
    public sealed record DistrictPlan(Guid Id, string Title, GoalStatusCounts Goals);
}

/// <summary>
/// The district leader's home: the district plan's goals, schools by tier of support and new flags, open
/// self-assessments and surveys, the equity gap and overdue actions. A fixed number of statements (about
/// fifteen, most of them the equity report's grouped sums), whatever the district's size.
/// </summary>
public sealed class LeaderHome(BeaconDbContext db, EquityQuery equity, TimeProvider clock)
{
    public async Task<LeaderFigures> LoadAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var plan = await db.Plans.Where(p => p.SchoolId == null).OrderByDescending(p => p.StartYear).ThenByDescending(p => p.CreatedAt)
            .Select(p => new { p.Id, p.Title }).FirstOrDefaultAsync(cancellationToken);
        var goals = plan is null ? null : (await GoalStatusCounts.ForPlansAsync(db, [plan.Id], cancellationToken))[plan.Id];

        // Each school's current tier is its latest assignment.
        var tiers = await db.TierAssignments
            .Where(a => !db.TierAssignments.Any(b => b.SchoolId == a.SchoolId && b.AssignedAt > a.AssignedAt))
            .GroupBy(a => a.TierName)
            .Select(g => new { Tier = g.Key, Schools = g.Count() })
            .ToListAsync(cancellationToken);
        var schools = await db.Schools.CountAsync(cancellationToken);
        var flags = await db.SchoolFlags.Where(f => f.Status == FlagStatus.Open || f.Status == FlagStatus.Escalated)
            .GroupBy(f => f.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cycles = await db.AssessmentCycles.CountAsync(c => c.Status == CycleStatus.Open, cancellationToken);
        var surveys = await db.Surveys.CountAsync(s => s.Status == SurveyStatus.Published && s.OpensOn <= today && s.ClosesOn >= today, cancellationToken);
        var overdue = await db.PlanActions.CountAsync(a => a.DueOn < today && a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled, cancellationToken);
        var headline = await EquityHeadline.LoadAsync(db, equity, cancellationToken);

        return new LeaderFigures(
            plan is null ? null : new LeaderFigures.DistrictPlan(plan.Id, plan.Title, goals!),
            tiers.OrderBy(t => t.Tier, StringComparer.Ordinal).Select(t => (t.Tier, t.Schools)).ToList(),
            schools,
            flags.Where(f => f.Status == FlagStatus.Open).Sum(f => f.Count),
            flags.Where(f => f.Status == FlagStatus.Escalated).Sum(f => f.Count),
            cycles,
            surveys,
            headline,
            overdue);
    }

    public static HomeView Present(LeaderFigures f)
    {
        var plan = new List<HomeItem>();
        if (f.Plan is { } p)
        {
            plan.Add(new HomeItem("goals", p.Goals.Total == 0 ? "The district plan has no goals yet" : $"District goals: {p.Goals.Describe()}",
                $"/Plans/Details/{p.Id}", p.Goals.Total, p.Title, p.Goals.Tone));
            plan.Add(new HomeItem("overdue", f.OverdueActions == 0 ? "No overdue actions" : $"{Plural.Of(f.OverdueActions, "action")} overdue across the district and school plans",
                "/Plans/Dashboard", f.OverdueActions, null, f.OverdueActions > 0 ? HomeTone.Attention : HomeTone.Good));
        }
        else
        {
            plan.Add(new HomeItem("goals", "No district plan yet", "/Plans/New", 0, "Set the mission, vision and a few goals.", HomeTone.Attention));
        }

        var untiered = f.Schools - f.Tiers.Sum(t => t.Schools);
        var support = new List<HomeItem>
        {
            new("new-flags", f.NewFlags == 0 ? "No new flags" : $"{Plural.Of(f.NewFlags, "new flag")} to review", "/Support/Flags", f.NewFlags,
                f.EscalatedFlags > 0 ? $"{f.EscalatedFlags.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} escalated" : null,
                f.NewFlags > 0 ? HomeTone.Attention : HomeTone.Good),
        };
        support.AddRange(f.Tiers.Select(t => new HomeItem("tier", $"{t.Tier}: {Plural.Of(t.Schools, "school")}", "/Support/Tiers", t.Schools)));
        if (f.Tiers.Count > 0 && untiered > 0)
        {
            support.Add(new HomeItem("tier", $"No tier: {Plural.Of(untiered, "school")}", "/Support", untiered));
        }

        var listen = new List<HomeItem>
        {
            new("cycles", $"{Plural.Of(f.CyclesOpen, "self-assessment")} in progress", "/SelfAssessment", f.CyclesOpen),
            new("surveys", $"{Plural.Of(f.SurveysOpen, "survey")} open", "/Surveys", f.SurveysOpen),
        };
        var equity = f.Equity is { } e
            ? new HomeItem("equity", e.Text, "/Staffing/Equity", null, e.Detail, e.Widened ? HomeTone.Attention : HomeTone.Plain)
            : new HomeItem("equity", "No staffing recorded yet to compare schools", "/Staffing/Equity");

        return new HomeView("leader", "The district at a glance",
        [
            new HomeSection("plan", "Improvement plan", plan, ""),
            new HomeSection("support", "Schools needing support", support, ""),
            new HomeSection("listen", "Self-assessment and surveys", listen, ""),
            new HomeSection("equity", "Staffing for equity", [equity], ""),
        ]);
    }
}
