using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>The district's learning communities, the ones the person is in first, and the networks the district joined.</summary>
public class IndexModel(BeaconDbContext db, CommunityAccess access, NetworkReader networks) : PageModel
{
    public sealed record Row(Guid Id, string Name, CommunityKind Kind, string? School, string? GradeOrSubject, int Members, int Facilitators, bool Mine);

    public IReadOnlyList<Row> Communities { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> JoinedNetworks { get; private set; } = [];
    public bool CanCreate => access.CanCreate;
    public bool IsLeadership => access.IsLeadership;
    public bool IsAdministrator => access.IsAdministrator;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = access.UserId;
        var rows = await db.Communities.OrderBy(c => c.Name).Select(c => new Row(
                c.Id, c.Name, c.Kind, c.School == null ? null : c.School.Name, c.GradeOrSubject,
                c.Members.Count(m => m.Role == MemberRole.Member), c.Members.Count(m => m.Role == MemberRole.Facilitator),
                c.Members.Any(m => m.UserId == me)))
            .ToListAsync(cancellationToken);
        Communities = rows.OrderByDescending(r => r.Mine).ToList();
        JoinedNetworks = await networks.JoinedAsync(cancellationToken);
    }
}
