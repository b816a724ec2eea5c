using Beacon.Web.Data;
using Beacon.Web.Features.Communities;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.SelfAssessment;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Support;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Features.Surveys.Privacy;
using Beacon.Web.Identity;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>A school leader's schools at a glance. Survey rates are bands only: exact counts never leave <see cref="PrincipalHome"/>.</summary>
public sealed record PrincipalFigures(IReadOnlyList<PrincipalFigures.SchoolGlance> Schools)
{
    public sealed record SchoolGlance(
        Guid Id, string Name, int OpenFlags, string? Tier,
        PlanGlance? Plan, IReadOnlyList<CycleGlance> Cycles, IReadOnlyList<SurveyGlance> Surveys,
        int Teachers, decimal Vacancies, string? StaffingYear, IReadOnlyList<MeetingGlance> Meetings);

    public sealed record PlanGlance(Guid Id, string Title, GoalStatusCounts Goals, int Overdue);

    public sealed record CycleGlance(Guid Id, string Name, int Members, int Indicators, int Ratings, int Agreed);

    /// <summary>The response-rate band (<see cref="RateBand"/>), never the counts behind it.</summary>
    public sealed record SurveyGlance(Guid Id, string Name, DateOnly ClosesOn, string Band);

    public sealed record MeetingGlance(Guid CommunityId, string Community, DateTime Start);
}

/// <summary>
/// The principal's home: for each of their schools, open flags and tier, the school plan's goals and
/// overdue actions, the open self-assessment's progress, open surveys' response-rate bands, the staffing
/// headline and the next two weeks' community meetings. Thirteen statements whatever the district's size.
/// </summary>
public sealed class PrincipalHome(BeaconDbContext db, SchoolScope scope, TimeProvider clock)
{
    public async Task<PrincipalFigures> LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var mine = await scope.MySchoolIdsAsync(cancellationToken);
        if (mine.Count == 0)
        {
            return new PrincipalFigures([]);
        }
        var year = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Select(y => new { y.Id, y.Name }).FirstOrDefaultAsync(cancellationToken);
        var yearId = year?.Id;
        var schools = await db.Schools.Where(s => mine.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new
            {
                s.Id,
                s.Name,
                OpenFlags = db.SchoolFlags.Count(f => f.SchoolId == s.Id && (f.Status == FlagStatus.Open || f.Status == FlagStatus.Reviewed || f.Status == FlagStatus.Escalated)),
                Tier = db.TierAssignments.Where(a => a.SchoolId == s.Id).OrderByDescending(a => a.AssignedAt).Select(a => a.TierName).FirstOrDefault(),
                Teachers = db.StaffAssignments.Count(a => a.SchoolId == s.Id && a.Fte > 0 && db.StaffMembers.Any(m => m.Id == a.StaffMemberId && m.Role == StaffRole.Teacher)),
            })
            .ToListAsync(cancellationToken);

        // Summed here: SQLite has no decimal type to sum.
        var vacancies = (await db.StaffingPositions.Where(p => p.SchoolYearId == yearId && mine.Contains(p.SchoolId))
                .Select(p => new { p.SchoolId, p.Vacancies }).ToListAsync(cancellationToken))
            .GroupBy(p => p.SchoolId).ToDictionary(g => g.Key, g => g.Sum(p => p.Vacancies));

        // The current plan of each school: the one that started last.
        var plans = (await db.Plans.Where(p => p.SchoolId != null && mine.Contains(p.SchoolId.Value))
                .Select(p => new
                {
                    p.Id,
                    SchoolId = p.SchoolId!.Value,
                    p.Title,
                    p.StartYear,
                    Overdue = db.PlanActions.Count(a => a.PlanId == p.Id && a.DueOn < today && a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled),
                })
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.SchoolId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.StartYear).First());
        var goals = await GoalStatusCounts.ForPlansAsync(db, plans.Values.Select(p => p.Id).ToList(), cancellationToken);

        var cycles = await db.AssessmentCycles
            .Where(c => c.Status == CycleStatus.Open && c.SchoolId != null && mine.Contains(c.SchoolId.Value))
            .OrderBy(c => c.OpenedAt)
            .Select(c => new
            {
                SchoolId = c.SchoolId!.Value,
                View = new PrincipalFigures.CycleGlance(c.Id, c.Name, c.Members.Count,
                    db.Indicators.Count(i => i.FrameworkVersionId == c.FrameworkVersionId),
                    db.IndividualRatings.Count(r => r.CycleId == c.Id),
                    db.ConsensusRatings.Count(r => r.CycleId == c.Id)),
            })
            .ToListAsync(cancellationToken);

        var minimum = MinimumRespondents.Effective(await db.Districts.Select(d => d.SurveyMinimumRespondents).FirstAsync(cancellationToken));
        // The open surveys first (a few), then their invitations at these schools through the (survey, school, role group)
        // index: the invitations of every survey ever sent to the district are never scanned.
        var open = await db.Surveys.Where(s => s.Status == SurveyStatus.Published && s.OpensOn <= today && s.ClosesOn >= today)
            .Select(s => new { s.Id, s.Name, s.ClosesOn }).ToListAsync(cancellationToken);
        var openIds = open.Select(s => s.Id).ToList();
        var counted = await db.SurveyInvitations.Where(i => openIds.Contains(i.SurveyId) && mine.Contains(i.SchoolId))
            .GroupBy(i => new { i.SchoolId, i.SurveyId })
            .Select(g => new { g.Key.SchoolId, g.Key.SurveyId, Invited = g.Count(), Answered = g.Count(i => i.Answered) })
            .ToListAsync(cancellationToken);
        var rates = counted.Join(open, c => c.SurveyId, s => s.Id,
            (c, s) => new { c.SchoolId, c.SurveyId, s.Name, s.ClosesOn, c.Invited, c.Answered }).ToList();

        var communities = await db.Communities.Where(c => c.SchoolId != null && mine.Contains(c.SchoolId.Value) && c.FirstMeetingOn != null)
            .Select(c => new { c.Id, SchoolId = c.SchoolId!.Value, c.Name, c.Frequency, c.MeetingDay, c.WeekOfMonth, c.StartTime, c.DurationMinutes, c.FirstMeetingOn, c.LastMeetingOn, c.TimeZoneId })
            .ToListAsync(cancellationToken);
        var changes = await NextMeetings.ChangesAsync(db, communities.Select(c => c.Id).ToList(), today, cancellationToken);
        var meetings = communities.SelectMany(c =>
        {
            var rule = NextMeetings.Rule(c.Frequency, c.MeetingDay, c.WeekOfMonth, c.StartTime, c.DurationMinutes, c.FirstMeetingOn, c.LastMeetingOn);
            var localToday = CommunityTime.Today(now, c.TimeZoneId);
            return rule is null
                ? []
                : MeetingRecurrence.Between(rule, localToday, localToday.AddDays(HomeLimits.MeetingDaysAhead), changes[c.Id])
                    .Select(o => (c.SchoolId, Meeting: new PrincipalFigures.MeetingGlance(c.Id, c.Name, o.Start)));
        }).ToList();

        return new PrincipalFigures(schools.Select(s => new PrincipalFigures.SchoolGlance(
            s.Id, s.Name, s.OpenFlags, s.Tier,
            plans.TryGetValue(s.Id, out var plan) ? new PrincipalFigures.PlanGlance(plan.Id, plan.Title, goals[plan.Id], plan.Overdue) : null,
            cycles.Where(c => c.SchoolId == s.Id).Select(c => c.View).ToList(),
            rates.Where(r => r.SchoolId == s.Id).OrderBy(r => r.ClosesOn)
                .Select(r => new PrincipalFigures.SurveyGlance(r.SurveyId, r.Name, r.ClosesOn, RateBand.For(r.Invited, r.Answered, minimum))).ToList(),
            s.Teachers, vacancies.GetValueOrDefault(s.Id), year?.Name,
            meetings.Where(m => m.SchoolId == s.Id).Select(m => m.Meeting).OrderBy(m => m.Start).Take(HomeLimits.Listed).ToList())).ToList());
    }

    public static HomeView Present(PrincipalFigures f)
    {
        if (f.Schools.Count == 0)
        {
            return new HomeView("principal", "My school",
                [new HomeSection("school", "My school", [], "Your account is not linked to a school yet. Ask your district administrator to link it to your staff record.")]);
        }
        var sections = new List<HomeSection>();
        foreach (var s in f.Schools)
        {
            var items = new List<HomeItem>
            {
                new("flags", s.OpenFlags == 0 ? "No open flags" : $"{Plural.Of(s.OpenFlags, "open flag")}", $"/Schools/{s.Id}", s.OpenFlags,
                    s.Tier is { } tier ? $"Tier of support: {tier}" : "No tier of support assigned",
                    s.OpenFlags > 0 ? HomeTone.Attention : HomeTone.Good),
            };
            items.Add(s.Plan is { } plan
                ? new HomeItem("goals", $"Plan goals: {(plan.Goals.Total == 0 ? "none yet" : plan.Goals.Describe())}", $"/Plans/Details/{plan.Id}", plan.Goals.Total,
                    plan.Overdue > 0 ? $"{Plural.Of(plan.Overdue, "action")} overdue in {plan.Title}" : plan.Title,
                    plan.Overdue > 0 ? HomeTone.Attention : plan.Goals.Tone)
                : new HomeItem("goals", "No school plan yet", "/Plans", 0, "The school’s improvement plan is started under the district plan.", HomeTone.Attention));
            items.AddRange(s.Cycles.Select(c => new HomeItem("cycle", $"Self-assessment “{c.Name}”", $"/SelfAssessment/Cycle/{c.Id}", c.Agreed,
                $"{Plural.Of(c.Ratings, "rating")} of {(c.Members * c.Indicators).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} given by {Plural.Of(c.Members, "member")}; consensus on {c.Agreed.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} of {Plural.Of(c.Indicators, "indicator")}")));
            items.AddRange(s.Surveys.Select(v => new HomeItem("survey", $"Survey “{v.Name}”: response rate {v.Band}", "/Surveys", null,
                $"Open until {HomeFormat.Date(v.ClosesOn)}")));
            items.Add(new HomeItem("staffing", $"{Plural.Of(s.Teachers, "teacher")}, {Vacancies(s.Vacancies)}", $"/Staffing/School/{s.Id}", s.Teachers,
                s.StaffingYear is { } year ? $"Vacancies recorded for {year}" : "No staffing year recorded yet", s.Vacancies > 0 ? HomeTone.Attention : HomeTone.Plain));
            items.AddRange(s.Meetings.Select(m => new HomeItem("meeting", m.Community, $"/Communities/Details/{m.CommunityId}", null, HomeFormat.DateTime(m.Start))));
            sections.Add(new HomeSection($"school-{s.Id:N}", s.Name, items, "Nothing to show for this school yet."));
        }
        return new HomeView("principal", f.Schools.Count == 1 ? "My school" : "My schools", sections);
    }

    private static string Vacancies(decimal vacancies) =>
        vacancies == 0 ? "no vacancies" : $"{vacancies.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} {(vacancies == 1 ? "vacancy" : "vacancies")}";
}
