using Beacon.Web.Data;
using Beacon.Web.Features.Mentoring.Matching;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring.Coaching;

/// <summary>A coaching pairing as lists show it: teacher, coach, school and hours.</summary>
public sealed record CaseRow(Guid Id, string Teacher, string Coach, Guid SchoolId, string School, int Minutes);

/// <summary>A cycle as others than the pair see it: no notes.</summary>
public sealed record CycleRow(Guid Id, Guid PairingId, string Goal, string? TiedTo, CoachingStage Stage, DateOnly GoalSetOn, DateOnly? ObservedOn, DateOnly? FeedbackOn, DateOnly? FollowedUpOn);

/// <summary>Coaching pairings (those of coaching programmes), their cycles and what a cycle can be tied to.</summary>
public sealed class CoachingQuery(BeaconDbContext db)
{
    public IQueryable<Pairing> Pairings() =>
        db.Pairings.Where(p => p.Programme!.Kind == ProgrammeKind.InstructionalCoaching || p.Programme.Kind == ProgrammeKind.TurnaroundCoaching);

    public Task<List<CaseRow>> RowsAsync(IQueryable<Pairing> pairings, CancellationToken cancellationToken) =>
        (from p in pairings
         join teacher in db.StaffMembers on p.MenteeId equals teacher.Id
         join coach in db.StaffMembers on p.MentorId equals coach.Id
         join school in db.Schools on p.SchoolId equals school.Id
         orderby school.Name, teacher.FamilyName, teacher.GivenName
         select new CaseRow(p.Id, teacher.GivenName + " " + teacher.FamilyName, coach.GivenName + " " + coach.FamilyName,
             school.Id, school.Name, p.Sessions.Sum(s => (int?)s.Minutes) ?? 0))
        .ToListAsync(cancellationToken);

    /// <summary>The cycles of these pairings, never their notes.</summary>
    public Task<List<CycleRow>> CyclesAsync(IReadOnlyCollection<Guid> pairingIds, CancellationToken cancellationToken) =>
        db.CoachingCycles.Where(c => pairingIds.Contains(c.PairingId))
            .OrderBy(c => c.GoalSetOn).ThenBy(c => c.CreatedAt)
            .Select(c => new CycleRow(c.Id, c.PairingId, c.Goal,
                db.PlanGoals.Where(g => g.Id == c.PlanGoalId).Select(g => "Plan goal: " + g.Title).FirstOrDefault()
                    ?? db.Indicators.Where(i => i.Id == c.IndicatorId).Select(i => "Indicator " + i.Code + ": " + i.Text).FirstOrDefault(),
                c.Stage, c.GoalSetOn, c.ObservedOn, c.FeedbackOn, c.FollowedUpOn))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// What a cycle at a school can serve: the goals of that school's plans and the district's plans ("g:id"), and the
    /// indicators of each framework's current version ("i:id").
    /// </summary>
    public async Task<List<SelectListItem>> TiesAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var goals = await db.PlanGoals.Where(g => g.Plan!.SchoolId == schoolId || g.Plan.SchoolId == null)
            .OrderBy(g => g.Plan!.Title).ThenBy(g => g.Position)
            .Select(g => new { g.Id, Text = g.Plan!.Title + ": " + g.Title })
            .Take(Limits.SchoolChoices).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.Where(i => db.Frameworks.Any(f => f.CurrentVersionId == i.FrameworkVersionId))
            .OrderBy(i => i.Code)
            .Select(i => new { i.Id, Text = i.Code + " " + i.Text })
            .Take(Limits.SchoolChoices).ToListAsync(cancellationToken);
        var plans = new SelectListGroup { Name = "Plan goals" };
        var framework = new SelectListGroup { Name = "Framework indicators" };
        return [.. goals.Select(g => new SelectListItem(Limits.Fit(g.Text, Limits.Line), "g:" + g.Id.ToString()) { Group = plans }),
            .. indicators.Select(i => new SelectListItem(Limits.Fit(i.Text, Limits.Line), "i:" + i.Id.ToString()) { Group = framework })];
    }
}
