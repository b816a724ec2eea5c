using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>A person's own calendar address: the meetings of every community they are in. A new address replaces the old one.</summary>
public class CalendarModel(BeaconDbContext db, CommunityAccess access, Tenancy.CurrentDistrict district, TimeProvider clock, Ui.PublicLinks links) : PageModel
{
    public bool HasFeed { get; private set; }
    public string? NewFeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        HasFeed = await db.CalendarFeeds.AnyAsync(f => f.UserId == access.UserId && f.RevokedAt == null, cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (access.UserId is not { } me || district.Id is not { } districtId)
        {
            return NotFound();
        }
        await RevokeMineAsync(me, cancellationToken);
        var (token, hash) = CalendarTokens.New(districtId);
        db.CalendarFeeds.Add(new CalendarFeed { TokenHash = hash, UserId = me });
        await db.SaveChangesAsync(cancellationToken);
        NewFeedUrl = links.Path($"/calendar/{token}.ics");
        HasFeed = true;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        if (access.UserId is { } me)
        {
            await RevokeMineAsync(me, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        return RedirectToPage();
    }

    private async Task RevokeMineAsync(string me, CancellationToken cancellationToken)
    {
        foreach (var feed in await db.CalendarFeeds.Where(f => f.UserId == me && f.RevokedAt == null).ToListAsync(cancellationToken))
        {
            feed.RevokedAt = clock.GetUtcNow();
        }
    }
}
