using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Features.Communities;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.SelfAssessment;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>A teacher's (or coach's) own to-dos, as figures a home can show or a job could precompute.</summary>
public sealed record TeacherFigures(
    IReadOnlyList<TeacherFigures.CycleToRate> Cycles,
    IReadOnlyList<TeacherFigures.SurveyToAnswer> Surveys,
    IReadOnlyList<TeacherFigures.MyCommunity> Communities,
    IReadOnlyList<TeacherFigures.OwnedAction> Actions,
    int OpenActions,
    int OverdueActions)
{
    public sealed record CycleToRate(Guid Id, string Name, int Remaining);

    public sealed record SurveyToAnswer(Guid Id, string Name, DateOnly ClosesOn);

    public sealed record MyCommunity(Guid Id, Guid MemberId, string Name, DateTime? NextMeeting, int ActiveTechniques);

    public sealed record OwnedAction(Guid PlanId, string PlanTitle, string Title, DateOnly? DueOn, bool Overdue);
}

/// <summary>
/// The teacher's home: ratings to give, surveys to answer, their communities' next meetings and their
/// action plans, and plan actions they own. Seven statements, whatever the district's size.
/// </summary>
public sealed class TeacherHome(BeaconDbContext db, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<TeacherFigures> LoadAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.Id ?? "";
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var cycles = (await db.AssessmentCycles
                .Where(c => c.Status == CycleStatus.Open && c.Members.Any(m => m.UserId == userId))
                .OrderBy(c => c.OpenedAt)
                .Select(c => new
                {
                    c.Id,
                    c.Name,
                    Indicators = db.Indicators.Count(i => i.FrameworkVersionId == c.FrameworkVersionId),
                    Rated = db.IndividualRatings.Count(r => r.CycleId == c.Id && r.UserId == userId),
                })
                .ToListAsync(cancellationToken))
            .Select(c => new TeacherFigures.CycleToRate(c.Id, c.Name, Math.Max(0, c.Indicators - c.Rated)))
            .Where(c => c.Remaining > 0)
            .ToList();

        // From the open surveys (a few) to this person's invitation by the (survey, staff member) index: an invitation
        // table of every survey ever sent to the whole district is never scanned.
        var me = db.Users.Where(u => u.Id == userId).Select(u => u.StaffMemberId);
        var surveys = await db.Surveys
            .Where(s => s.Status == SurveyStatus.Published && s.OpensOn <= today && s.ClosesOn >= today)
            .Where(s => db.SurveyInvitations.Any(i => i.SurveyId == s.Id && !i.Answered && i.StaffMemberId == me.FirstOrDefault()))
            // Ordered before the projection: EF cannot order by a property of a record built by its constructor.
            .OrderBy(s => s.ClosesOn)
            .Select(s => new TeacherFigures.SurveyToAnswer(s.Id, s.Name, s.ClosesOn))
            .ToListAsync(cancellationToken);

        var memberships = await db.CommunityMembers
            .Where(m => m.UserId == userId)
            .Join(db.Communities, m => m.CommunityId, c => c.Id, (m, c) => new
            {
                c.Id,
                MemberId = m.Id,
                c.Name,
                c.Frequency,
                c.MeetingDay,
                c.WeekOfMonth,
                c.StartTime,
                c.DurationMinutes,
                c.FirstMeetingOn,
                c.LastMeetingOn,
                c.TimeZoneId,
                Active = db.ActionPlanItems.Count(i => i.MemberId == m.Id && (i.Status == TechniqueStatus.Planned || i.Status == TechniqueStatus.Trying)),
            })
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        var communityIds = memberships.Select(m => m.Id).ToList();
        var changes = await NextMeetings.ChangesAsync(db, communityIds, today, cancellationToken);
        var communities = memberships.Select(m =>
        {
            var rule = NextMeetings.Rule(m.Frequency, m.MeetingDay, m.WeekOfMonth, m.StartTime, m.DurationMinutes, m.FirstMeetingOn, m.LastMeetingOn);
            var next = NextMeetings.Next(rule, CommunityTime.Today(now, m.TimeZoneId), HomeLimits.NextMeetingDaysAhead, changes[m.Id]);
            return new TeacherFigures.MyCommunity(m.Id, m.MemberId, m.Name, next, m.Active);
        }).ToList();

        var mine = db.PlanActions.Where(a => a.OwnerUserId == userId && a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled);
        var actions = await mine
            .OrderBy(a => a.DueOn == null).ThenBy(a => a.DueOn).ThenBy(a => a.Title)
            .Take(HomeLimits.Listed)
            .Join(db.Plans, a => a.PlanId, p => p.Id, (a, p) => new { a.PlanId, PlanTitle = p.Title, a.Title, a.DueOn })
            .ToListAsync(cancellationToken);
        var open = await mine.CountAsync(cancellationToken);
        var overdue = await mine.CountAsync(a => a.DueOn < today, cancellationToken);

        return new TeacherFigures(
            cycles,
            surveys,
            communities,
            actions.OrderBy(a => a.DueOn is null).ThenBy(a => a.DueOn).ThenBy(a => a.Title, StringComparer.Ordinal)
                .Select(a => new TeacherFigures.OwnedAction(a.PlanId, a.PlanTitle, a.Title, a.DueOn, a.DueOn < today)).ToList(),
            open,
            overdue);
    }

    public static HomeView Present(TeacherFigures f)
    {
        var ratings = f.Cycles.Sum(c => c.Remaining);
        var todo = new List<HomeItem>();
        if (ratings > 0)
        {
            todo.Add(new HomeItem("ratings", $"{Plural.Of(ratings, "rating")} to give", f.Cycles.Count == 1 ? $"/SelfAssessment/Rate/{f.Cycles[0].Id}" : "/SelfAssessment",
                ratings, string.Join("; ", f.Cycles.Select(c => $"{c.Name}: {Plural.Of(c.Remaining, "indicator")}")), HomeTone.Attention));
        }
        foreach (var survey in f.Surveys)
        {
            todo.Add(new HomeItem("survey", $"Answer “{survey.Name}”", $"/Surveys/Answer/{survey.Id}", null,
                $"Open until {HomeFormat.Date(survey.ClosesOn)}. Your answers are anonymous.", HomeTone.Attention));
        }
        if (f.OpenActions > 0)
        {
            todo.Add(new HomeItem("actions", $"{Plural.Of(f.OpenActions, "plan action")} you own", f.Actions.Count > 0 ? $"/Plans/Details/{f.Actions[0].PlanId}" : "/Plans",
                f.OpenActions, f.OverdueActions > 0 ? $"{f.OverdueActions.ToString("N0", CultureInfo.InvariantCulture)} overdue" : null,
                f.OverdueActions > 0 ? HomeTone.Attention : HomeTone.Plain));
        }
        var actionList = f.Actions.Select(a => new HomeItem("action", a.Title, $"/Plans/Details/{a.PlanId}", null,
            $"{a.PlanTitle}{(a.DueOn is { } due ? $" · due {HomeFormat.Date(due)}" : "")}{(a.Overdue ? " · overdue" : "")}",
            a.Overdue ? HomeTone.Attention : HomeTone.Plain)).ToList();
        var communities = f.Communities.SelectMany(c => new[]
        {
            new HomeItem("next-meeting", c.Name, $"/Communities/Details/{c.Id}", null,
                c.NextMeeting is { } next ? $"Next meeting {HomeFormat.DateTime(next)}" : "No meeting scheduled yet"),
            new HomeItem("action-plan", $"My action plan in {c.Name}", $"/Communities/Plan/{c.MemberId}", c.ActiveTechniques,
                c.ActiveTechniques == 0 ? "Choose a technique to try" : $"{Plural.Of(c.ActiveTechniques, "technique")} you are trying or planning"),
        }).ToList();
        return new HomeView("teacher", "My to-dos",
        [
            new HomeSection("todo", "To do", todo, "Nothing is waiting for you."),
            new HomeSection("communities", "My learning communities", communities,
                "You are not in a learning community yet. Your coach or principal adds you, or you can join with a code."),
            new HomeSection("actions", "Plan actions I own", actionList, "You own no open actions in an improvement plan."),
        ]);
    }
}
