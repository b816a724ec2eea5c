using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Notifications;

/// <summary>A person's own notifications, newest first, and how they want them mailed.</summary>
public class IndexModel(BeaconDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    [BindProperty]
    public DigestChoice Digest { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return NotFound();
        }
        Items = await db.Set<Notification>().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).Take(Shown).AsNoTracking().ToListAsync(cancellationToken);
        Digest = await db.Set<NotificationSettings>().Where(s => s.UserId == userId).Select(s => s.Digest).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDigestAsync(CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return NotFound();
        }
        if (!Enum.IsDefined(Digest))
        {
            ModelState.AddModelError(nameof(Digest), "Choose how often Beacon mails you.");
        }
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(cancellationToken) is PageResult ? Page() : NotFound();
        }
        var settings = await db.Set<NotificationSettings>().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (settings is null)
        {
            settings = new NotificationSettings { Id = Guid.CreateVersion7(), UserId = userId };
            db.Add(settings);
        }
        settings.Digest = Digest;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow();
        var unread = await db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync(cancellationToken);
        unread.ForEach(n => n.ReadAt = now);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }
}
