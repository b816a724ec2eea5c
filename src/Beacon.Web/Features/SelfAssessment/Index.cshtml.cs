using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>The self-assessment cycles the signed-in person may see: the ones they are on, and the ones they lead.</summary>
public class IndexModel(BeaconDbContext db, CurrentUser currentUser, CycleAccess access) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<Row> Cycles { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool CanOpen => access.CanOpenCycles;
    public bool SeesDistrict => access.SeesWholeDistrict;

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var seesAll = access.SeesWholeDistrict;
        var mySchools = User.IsInRole(Roles.SchoolLeader) ? await access.MySchoolIdsAsync(cancellationToken) : [];
        var visible = db.AssessmentCycles.Where(c => seesAll
            || c.Members.Any(m => m.UserId == userId)
            || (c.SchoolId != null && mySchools.Contains(c.SchoolId.Value)));
        Total = await visible.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(p ?? 1, 1, Pages);
        Cycles = await visible
            .OrderBy(c => c.Status == CycleStatus.Closed ? 1 : 0).ThenByDescending(c => c.OpenedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new Row(
                c.Id, c.Name, c.Framework!.Name, c.FrameworkVersion!.Number, c.School!.Name, c.Status, c.OpenedAt,
                c.Members.Count,
                db.ConsensusRatings.Count(r => r.CycleId == c.Id),
                db.Indicators.Count(i => i.FrameworkVersionId == c.FrameworkVersionId)))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(
        Guid Id, string Name, string Framework, int Version, string? School, CycleStatus Status, DateTimeOffset OpenedAt,
        int Team, int Agreed, int Indicators);
}
