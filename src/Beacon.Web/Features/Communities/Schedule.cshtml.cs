using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>A community's meeting series, its exceptions, its subscribable calendar and the invitation mail.</summary>
public class ScheduleModel(BeaconDbContext db, CommunityAccess access, CommunityInvitations invitations, TimeProvider clock, Ui.PublicLinks links) : PageModel
{
    public Community Community { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public int ActiveFeeds { get; private set; }
    public string? NewFeedUrl { get; private set; }
    public string? Message { get; private set; }

    [BindProperty]
    public ScheduleForm Form { get; set; } = new();

    [BindProperty]
    public ExceptionForm Change { get; set; } = new();

    [BindProperty]
    public bool ConfirmRevoke { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery] string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = ScheduleForm.From_(Community);
        Message = done;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => ManageAsync(id, "Form.", async community =>
    {
        if (!CommunityTime.Zones.Contains(Form.TimeZoneId))
        {
            ModelState.AddModelError("Form.TimeZoneId", "Choose a time zone from the list.");
        }
        if (Form.Until is { } until && Form.From is { } from && until < from)
        {
            ModelState.AddModelError("Form.Until", "The series must end on or after the date it starts.");
        }
        if (!ModelState.IsValid)
        {
            return null;
        }
        Form.ApplyTo(community);
        return "Schedule saved.";
    }, cancellationToken);

    public Task<IActionResult> OnPostExceptionAsync(Guid id, CancellationToken cancellationToken) => ManageAsync(id, "Change.", async community =>
    {
        var date = Change.OccursOn;
        if (community.Rule is not { } rule)
        {
            ModelState.AddModelError("Change.OccursOn", "Set the meeting schedule first; exceptions change single meetings of it.");
        }
        else if (date is { } d && !MeetingRecurrence.SeriesDates(rule, d).Contains(d))
        {
            ModelState.AddModelError("Change.OccursOn", "No meeting of the series falls on that date. Choose one of the dates the schedule lists.");
        }
        if (!ModelState.IsValid)
        {
            return null;
        }
        var existing = await db.ScheduleExceptions.FirstOrDefaultAsync(e => e.CommunityId == id && e.OccursOn == date, cancellationToken);
        if (existing is null)
        {
            existing = new ScheduleException { CommunityId = id, OccursOn = date!.Value };
            db.ScheduleExceptions.Add(existing);
        }
        (existing.MovedTo, existing.Note) = (Change.MovedTo, CommunityForm.Clean(Change.Note));
        return Change.MovedTo is null ? "Meeting cancelled." : "Meeting moved.";
    }, cancellationToken);

    public async Task<IActionResult> OnPostFeedAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await ManageAsync(id, "-", _ =>
        {
            var (token, hash) = CalendarTokens.New(Community.DistrictId);
            db.CalendarFeeds.Add(new CalendarFeed { TokenHash = hash, CommunityId = id });
            NewFeedUrl = links.Path($"/calendar/{token}.ics");
            return Task.FromResult<string?>(null);
        }, cancellationToken, stay: true);
        return result;
    }

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken) => ManageAsync(id, "-", async _ =>
    {
        if (!ConfirmRevoke)
        {
            ModelState.AddModelError(nameof(ConfirmRevoke), "Tick the box to confirm: calendars subscribed to the old addresses stop updating.");
            return null;
        }
        var now = clock.GetUtcNow();
        foreach (var feed in await db.CalendarFeeds.Where(f => f.CommunityId == id && f.RevokedAt == null).ToListAsync(cancellationToken))
        {
            feed.RevokedAt = now;
        }
        return "Calendar addresses revoked.";
    }, cancellationToken);

    public Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken) => ManageAsync(id, "-", community =>
    {
        var today = CommunityTime.Today(clock.GetUtcNow(), community.TimeZoneId);
        var coming = community.Rule is { } rule
            ? MeetingRecurrence.Between(rule, today, today.AddDays(200), community.Exceptions.Select(e => new OccurrenceChange(e.OccursOn, e.MovedTo))).Take(6).ToList()
            : [];
        if (coming.Count == 0)
        {
            ModelState.AddModelError("Form.Frequency", "There is no coming meeting to invite people to: set the schedule first.");
            return Task.FromResult<string?>(null);
        }
        // Queued: the mails are written by the save below, with nothing else to wait for.
        var sent = invitations.Queue(community, coming, links.Page("/Communities/Details", new { id }));
        return Task.FromResult<string?>($"Invitations sent to {sent} people.");
    }, cancellationToken);

    /// <summary>Runs a change for people who manage the community, keeping only the validation of the form it concerns.</summary>
    private async Task<IActionResult> ManageAsync(Guid id, string formPrefix, Func<Community, Task<string?>> change, CancellationToken cancellationToken, bool stay = false)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanManage)
        {
            return CommunityAccess.Refuse();
        }
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(formPrefix, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        var tracked = await db.Communities.Include(c => c.Members).Include(c => c.Exceptions).FirstAsync(c => c.Id == id, cancellationToken);
        var done = await change(tracked);
        if (!ModelState.IsValid || stay)
        {
            if (ModelState.IsValid)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            ActiveFeeds = await db.CalendarFeeds.CountAsync(f => f.CommunityId == id && f.RevokedAt == null, cancellationToken);
            if (formPrefix != "Form.")
            {
                Form = ScheduleForm.From_(Community);
            }
            return Page();
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id, done });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var community = await db.Communities.AsNoTracking().Include(c => c.Exceptions.OrderBy(e => e.OccursOn))
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (community is null)
        {
            return false;
        }
        Community = community;
        CanManage = await access.CanManageAsync(id, community.SchoolId, cancellationToken);
        ActiveFeeds = await db.CalendarFeeds.CountAsync(f => f.CommunityId == id && f.RevokedAt == null, cancellationToken);
        return true;
    }
}
