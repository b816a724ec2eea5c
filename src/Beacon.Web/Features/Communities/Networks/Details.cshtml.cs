using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities.Networks;

/// <summary>
/// A network's roster across its member districts, read only through <see cref="NetworkReader"/>;
/// a district that neither owns nor joined the network gets 404. Leaders of each member district add their own people.
/// </summary>
public class DetailsModel(BeaconDbContext db, NetworkReader networks, CommunityAccess access) : PageModel
{
    public NetworkView Network { get; private set; } = null!;
    public IReadOnlyList<(string Id, string Name)> Candidates { get; private set; } = [];
    public bool CanAdd => access.IsLeadership;

    [BindProperty]
    public string? UserId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanAdd)
        {
            return CommunityAccess.Refuse();
        }
        var person = Candidates.FirstOrDefault(c => c.Id == UserId);
        if (person.Id is null)
        {
            ModelState.AddModelError(nameof(UserId), "Choose a person of your district from the list.");
            return Page();
        }
        var email = await db.Users.Where(u => u.Id == person.Id).Select(u => u.Email).FirstAsync(cancellationToken);
        db.CommunityMembers.Add(new CommunityMember
        {
            CommunityId = id,
            UserId = person.Id,
            DisplayName = person.Name,
            Email = email,
            Role = MemberRole.Member,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await networks.ReadAsync(id, cancellationToken) is not { } network)
        {
            return false;
        }
        Network = network;
        if (CanAdd)
        {
            // Own district's people only: the tenant filter on accounts sees no one else.
            var inNetwork = await db.CommunityMembers.Where(m => m.CommunityId == id).Select(m => m.UserId).ToListAsync(cancellationToken);
            var users = await db.Users.Where(u => !inNetwork.Contains(u.Id)).OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
            Candidates = users.Select(u => (u.Id, u.DisplayName)).ToList();
        }
        return true;
    }
}
