using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Surveys waiting for the signed-in person's answer; results they may read (the district's once a
/// survey closes; their own schools' for principals); for leaders, every survey of the district.
/// </summary>
public class IndexModel(BeaconDbContext db, CurrentUser currentUser, IAuthorizationService authorization, TimeProvider clock, SurveyAccess access) : PageModel
{
    public sealed record Row(Guid Id, string Name, SurveyStatus Status, DateOnly OpensOn, DateOnly ClosesOn, int Invited, int Answered)
    {
        public string Band(int minimum) => Privacy.RateBand.For(Invited, Answered, minimum);
    }

    public sealed record Published(Guid Id, string Name, IReadOnlyList<(Guid Id, string Name)> Schools);

    public IReadOnlyList<Row> ToAnswer { get; private set; } = [];
    public IReadOnlyList<Row> All { get; private set; } = [];
    public IReadOnlyList<Published> Results { get; private set; } = [];
    public bool IsLeader { get; private set; }
    public int Minimum { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var userId = currentUser.Id;
        var staffId = await db.Users.Where(u => u.Id == userId).Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken);
        ToAnswer = await db.SurveyInvitations
            .Where(i => i.StaffMemberId == staffId && !i.Answered)
            .Join(db.Surveys.Where(s => s.Status == SurveyStatus.Published && s.OpensOn <= today && s.ClosesOn >= today),
                i => i.SurveyId, s => s.Id, (i, s) => new Row(s.Id, s.Name, s.Status, s.OpensOn, s.ClosesOn, 0, 0))
            .ToListAsync(cancellationToken);
        IsLeader = (await authorization.AuthorizeAsync(User, Policies.DistrictLeadership)).Succeeded;
        Minimum = Privacy.MinimumRespondents.Effective(await db.Districts.Select(d => d.SurveyMinimumRespondents).FirstAsync(cancellationToken));
        if (!IsLeader)
        {
            await LoadResultsAsync(cancellationToken);
        }
        if (IsLeader)
        {
            All = await db.Surveys.OrderByDescending(s => s.OpensOn).ThenBy(s => s.Name)
                .Select(s => new Row(s.Id, s.Name, s.Status, s.OpensOn, s.ClosesOn,
                    db.SurveyInvitations.Count(i => i.SurveyId == s.Id),
                    db.SurveyInvitations.Count(i => i.SurveyId == s.Id && i.Answered)))
                .ToListAsync(cancellationToken);
        }
    }

    private async Task LoadResultsAsync(CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.Where(s => db.SurveyReleases.Any(r => r.SurveyId == s.Id))
            .OrderByDescending(s => s.OpensOn).Take(20)
            .Select(s => new
            {
                s.Id,
                s.Name,
                Final = db.SurveyReleases.Any(r => r.SurveyId == s.Id && r.Final),
                Schools = s.Schools.Select(x => x.SchoolId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var schoolIds = surveys.SelectMany(s => s.Schools).Distinct().ToList();
        var names = await db.Schools.Where(x => schoolIds.Contains(x.Id)).Select(x => new { x.Id, x.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        var list = new List<Published>();
        foreach (var survey in surveys)
        {
            var mine = (await access.SchoolsSeenAsync(survey.Schools, cancellationToken)).Select(id => (id, names.GetValueOrDefault(id) ?? "")).ToList();
            if (survey.Final || mine.Count > 0)
            {
                list.Add(new Published(survey.Id, survey.Name, mine));
            }
        }
        Results = list;
    }
}
