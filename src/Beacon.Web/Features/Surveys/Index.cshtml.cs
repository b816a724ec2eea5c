using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>Surveys waiting for the signed-in person's answer; for leaders, every survey of the district.</summary>
public class IndexModel(BeaconDbContext db, CurrentUser currentUser, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Name, SurveyStatus Status, DateOnly OpensOn, DateOnly ClosesOn, int Invited, int Answered);

    public IReadOnlyList<Row> ToAnswer { get; private set; } = [];
    public IReadOnlyList<Row> All { get; private set; } = [];
    public bool IsLeader { get; private set; }

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
        if (IsLeader)
        {
            All = await db.Surveys.OrderByDescending(s => s.OpensOn).ThenBy(s => s.Name)
                .Select(s => new Row(s.Id, s.Name, s.Status, s.OpensOn, s.ClosesOn,
                    db.SurveyInvitations.Count(i => i.SurveyId == s.Id),
                    db.SurveyInvitations.Count(i => i.SurveyId == s.Id && i.Answered)))
                .ToListAsync(cancellationToken);
        }
    }
}
