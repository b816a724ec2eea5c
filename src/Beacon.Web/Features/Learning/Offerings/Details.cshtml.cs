using Beacon.Web.Data;
using Beacon.Web.Features.Communities;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning.Offerings;

public sealed record CreditLine(Guid CreditTypeId, string Name, decimal Amount);

/// <summary>An offering: its sessions and credits, the person's registration, and the office's editing.</summary>
public class DetailsModel(BeaconDbContext db, LearningAccess access, Registrations registrations, CurrentUser currentUser) : PageModel
{
    public Offering Offering { get; private set; } = null!;
    public IReadOnlyList<CreditLine> Credits { get; private set; } = [];
    public IReadOnlyList<string> Goals { get; private set; } = [];
    public Registration? Mine { get; private set; }
    public int Held { get; private set; }
    public int Waiting { get; private set; }
    public int? Capacity { get; private set; }
    public IReadOnlyList<CreditType> CreditTypes { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> GoalOptions { get; private set; } = [];
    public bool IsOffice => access.IsOffice;
    public bool RunsRoster => access.RunsRoster(Offering);
    public string? Message { get; private set; }

    [BindProperty]
    public SessionForm Session { get; set; } = new();

    [BindProperty]
    public CreditForm Credit { get; set; } = new();

    [BindProperty]
    public Guid? GoalId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Message = done;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRegisterAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Offering.Status != OfferingStatus.Published)
        {
            return NotFound();
        }
        if (Mine is not null)
        {
            return Redirect(id, "You are already registered.");
        }
        var name = await db.Users.Where(u => u.Id == currentUser.Id).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        var registration = await registrations.RegisterAsync(Offering, name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(id, registration.Status.Label(registration.AwaitingStep) + ".");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Mine is null)
        {
            return NotFound();
        }
        var registration = await db.Registrations.FirstAsync(r => r.Id == Mine.Id, cancellationToken);
        await registrations.CancelAsync(registration, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(id, "Your registration is cancelled.");
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!IsOffice)
        {
            return Forbid();
        }
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Offering.Sessions.Count == 0)
        {
            ModelState.AddModelError("", "Add at least one session before publishing.");
            return Page();
        }
        await db.Offerings.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferingStatus.Published), cancellationToken);
        return Redirect(id, "Published to the catalog.");
    }

    public async Task<IActionResult> OnPostSessionAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!IsOffice)
        {
            return Forbid();
        }
        Keep("Session.");
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CommunityTime.Zones.Contains(Session.TimeZoneId))
        {
            ModelState.AddModelError("Session.TimeZoneId", "Choose a time zone from the list.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.LearningSessions.Add(new LearningSession
        {
            OfferingId = id,
            StartsAt = CommunityTime.ToUtc(Session.StartsAt!.Value, Session.TimeZoneId),
            Minutes = Session.Minutes!.Value,
            TimeZoneId = Session.TimeZoneId,
            Place = Session.Place?.Trim(),
            Link = Session.Link?.Trim(),
            Capacity = Session.Capacity!.Value,
            CheckInCode = LearningCodes.NewCheckInCode(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await registrations.PromoteAsync(id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(id, "Session added.");
    }

    public async Task<IActionResult> OnPostCreditAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!IsOffice)
        {
            return Forbid();
        }
        Keep("Credit.");
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Credit.CreditTypeId is { } typeId && CreditTypes.All(t => t.Id != typeId))
        {
            ModelState.AddModelError("Credit.CreditTypeId", "Choose a credit type from the list.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var existing = await db.OfferingCredits.FirstOrDefaultAsync(c => c.OfferingId == id && c.CreditTypeId == Credit.CreditTypeId, cancellationToken);
        if (existing is null)
        {
            db.OfferingCredits.Add(new OfferingCredit { OfferingId = id, CreditTypeId = Credit.CreditTypeId!.Value, Amount = Credit.Amount!.Value });
        }
        else
        {
            existing.Amount = Credit.Amount!.Value;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(id, "Credit saved.");
    }

    public async Task<IActionResult> OnPostGoalAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!IsOffice)
        {
            return Forbid();
        }
        if (!await LoadAsync(id, cancellationToken) || GoalId is not { } goalId || !await db.PlanGoals.AnyAsync(g => g.Id == goalId, cancellationToken))
        {
            return NotFound();
        }
        if (!await db.OfferingGoals.AnyAsync(g => g.OfferingId == id && g.GoalId == goalId, cancellationToken))
        {
            db.OfferingGoals.Add(new OfferingGoal { OfferingId = id, GoalId = goalId });
            await db.SaveChangesAsync(cancellationToken);
        }
        return Redirect(id, "Goal tagged.");
    }

    /// <summary>One session as an iCalendar file, to add to one's own calendar.</summary>
    public async Task<IActionResult> OnGetIcsAsync(Guid id, Guid sessionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Offering.Sessions.FirstOrDefault(s => s.Id == sessionId) is not { } session)
        {
            return NotFound();
        }
        return File(System.Text.Encoding.UTF8.GetBytes(SessionCalendar.Write(Offering, session)), "text/calendar; charset=utf-8", "session.ics");
    }

    /// <summary>Each form posts alone: only its own fields are validated.</summary>
    /// <summary>
    /// Keeps only the messages of the form that was posted, and validates that form even when none
    /// of its fields came (binding then skips it, and a missing required field would pass).
    /// </summary>
    private void Keep(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        var form = prefix.TrimEnd('.');
        TryValidateModel(form == nameof(Session) ? Session : Credit, form);
    }

    private RedirectToPageResult Redirect(Guid id, string done) => RedirectToPage(new { id, done });

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Sessions.OrderBy(s => s.StartsAt)).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offering is null || (offering.Status != OfferingStatus.Published && !access.IsOffice && !access.RunsRoster(offering)))
        {
            return false;
        }
        Offering = offering;
        Credits = await db.OfferingCredits.Where(c => c.OfferingId == id)
            .Join(db.CreditTypes, c => c.CreditTypeId, t => t.Id, (c, t) => new { t.Id, t.Name, c.Amount })
            .OrderBy(c => c.Name).Select(c => new CreditLine(c.Id, c.Name, c.Amount)).ToListAsync(cancellationToken);
        Goals = await db.OfferingGoals.Where(g => g.OfferingId == id)
            .Join(db.PlanGoals, g => g.GoalId, p => p.Id, (g, p) => p.Title).OrderBy(t => t).ToListAsync(cancellationToken);
        var userId = access.UserId;
        Mine = await db.Registrations.AsNoTracking()
            .Where(r => r.OfferingId == id && r.UserId == userId && r.Status != RegistrationStatus.Cancelled && r.Status != RegistrationStatus.Declined)
            .FirstOrDefaultAsync(cancellationToken);
        Held = await registrations.HeldAsync(id, cancellationToken);
        Waiting = await db.Registrations.CountAsync(r => r.OfferingId == id && r.Status == RegistrationStatus.Waitlisted, cancellationToken);
        Capacity = Places.Capacity(offering.Sessions.Select(s => s.Capacity));
        if (access.IsOffice)
        {
            CreditTypes = await db.CreditTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
            GoalOptions = (await db.PlanGoals.AsNoTracking().OrderBy(g => g.Title).Select(g => new { g.Id, g.Title }).ToListAsync(cancellationToken))
                .Select(g => (g.Id, g.Title)).ToList();
        }
        return true;
    }
}
