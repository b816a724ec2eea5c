using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Feedback;

/// <summary>A person who may take part in a plan's feedback, as the mention list shows them.</summary>
public sealed record Participant(string UserId, string Name, string Role);

/// <summary>The plan a feedback page is about, and what the current person may do there.</summary>
public sealed record FeedbackPlan(Guid Id, string Title, Guid? SchoolId, string? SchoolName, bool CanEdit, bool IsReviewer);

/// <summary>
/// Who takes part in a plan's feedback: the district's reviewers (district administrators and
/// leaders) on every plan, and on a school plan the people who work at that school (its leaders,
/// coaches and teachers: the plan's team). Anyone else is told the thread does not exist (404).
/// </summary>
public sealed class FeedbackCircle(BeaconDbContext db, PlanAccess access, SchoolScope schools)
{
    private static readonly string[] ReviewerRoles = [Roles.DistrictAdministrator, Roles.DistrictLeader];
    private static readonly string[] TeamRoles = [Roles.SchoolLeader, Roles.Coach, Roles.Teacher];

    /// <summary>The plan, when the current person is in its circle; null otherwise (or when it is not there).</summary>
    public async Task<FeedbackPlan?> OpenAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Where(p => p.Id == planId).Select(p => new { p.Id, p.Title, p.SchoolId, SchoolName = p.School!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }
        var reviewer = access.IsLeadership;
        var team = plan.SchoolId is { } school && (await schools.MySchoolIdsAsync(cancellationToken)).Contains(school);
        if (!reviewer && !team)
        {
            return null;
        }
        return new FeedbackPlan(plan.Id, plan.Title, plan.SchoolId, plan.SchoolName,
            await access.CanEditAsync(plan.SchoolId, cancellationToken), reviewer);
    }

    /// <summary>Everyone who can read the plan's feedback, to mention; reviewers first, then the school's team.</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(Guid? schoolId, CancellationToken cancellationToken)
    {
        var withRoles = await (
                from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where ReviewerRoles.Contains(r.Name!)
                    || (schoolId != null && TeamRoles.Contains(r.Name!) && u.StaffMemberId != null
                        && db.StaffAssignments.Any(a => a.StaffMemberId == u.StaffMemberId && a.SchoolId == schoolId))
                select new { u.Id, u.DisplayName, Role = r.Name! })
            .ToListAsync(cancellationToken);
        return withRoles
            .GroupBy(p => p.Id)
            .Select(g => g.OrderBy(p => Array.IndexOf(ReviewerRoles, p.Role) is var i && i >= 0 ? i : 10).First())
            .Select(p => new Participant(p.Id, p.DisplayName, Roles.Label(p.Role)))
            .OrderBy(p => ReviewerRoles.Select(Roles.Label).Contains(p.Role) ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The district's reviewers, who are told when a school submits its plan.</summary>
    public async Task<IReadOnlyList<string>> ReviewerIdsAsync(CancellationToken cancellationToken) =>
        await (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               join u in db.Users on ur.UserId equals u.Id
               where ReviewerRoles.Contains(r.Name!)
               select u.Id).Distinct().ToListAsync(cancellationToken);

    /// <summary>The school leaders of a school, who are told when the district returns or approves its plan.</summary>
    public async Task<IReadOnlyList<string>> SchoolLeaderIdsAsync(Guid schoolId, CancellationToken cancellationToken) =>
        await (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               join u in db.Users on ur.UserId equals u.Id
               where r.Name == Roles.SchoolLeader && u.StaffMemberId != null
                   && db.StaffAssignments.Any(a => a.StaffMemberId == u.StaffMemberId && a.SchoolId == schoolId)
               select u.Id).Distinct().ToListAsync(cancellationToken);
}
