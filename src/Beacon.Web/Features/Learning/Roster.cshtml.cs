using Beacon.Web.Data;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

public sealed record RosterRow(Guid RegistrationId, string Name, int? Minutes, AttendanceMethod? Method);

/// <summary>
/// A session's roster for its facilitator (or the office): the check-in code and its QR code to show
/// in the room, and each enrolled person's minutes, which the facilitator may set (partial attendance).
/// </summary>
public class RosterModel(BeaconDbContext db, LearningAccess access, PublicLinks links, TimeProvider clock) : PageModel
{
    public LearningSession Session { get; private set; } = null!;
    public Offering Offering { get; private set; } = null!;
    public IReadOnlyList<RosterRow> Rows { get; private set; } = [];
    public string CheckInAddress { get; private set; } = "";
    public string QrCode { get; private set; } = "";
    public string? Message { get; private set; }

    [BindProperty]
    public Dictionary<Guid, int?> Minutes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Message = done;
        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        foreach (var (registrationId, minutes) in Minutes)
        {
            if (Rows.All(r => r.RegistrationId != registrationId))
            {
                return NotFound();
            }
            if (minutes is < 0 || minutes > Session.Minutes)
            {
                ModelState.AddModelError($"Minutes[{registrationId}]", $"Enter from 0 to {Session.Minutes} minutes.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var ids = Minutes.Keys.ToList();
        var existing = await db.SessionAttendance.Where(a => a.SessionId == id && ids.Contains(a.RegistrationId)).ToListAsync(cancellationToken);
        foreach (var (registrationId, minutes) in Minutes)
        {
            var row = existing.FirstOrDefault(a => a.RegistrationId == registrationId);
            if (minutes is null or 0)
            {
                if (row is not null)
                {
                    db.SessionAttendance.Remove(row);
                }
                continue;
            }
            if (row is null)
            {
                db.SessionAttendance.Add(new SessionAttendance { SessionId = id, RegistrationId = registrationId, Minutes = minutes.Value, Method = AttendanceMethod.Roster, RecordedAt = clock.GetUtcNow() });
            }
            else if (row.Minutes != minutes)
            {
                (row.Minutes, row.Method, row.RecordedAt) = (minutes.Value, AttendanceMethod.Roster, clock.GetUtcNow());
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id, done = "Attendance saved." });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await db.LearningSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var offering = session is null ? null : await db.Offerings.AsNoTracking().FirstOrDefaultAsync(o => o.Id == session.OfferingId, cancellationToken);
        if (session is null || offering is null)
        {
            return NotFound();
        }
        if (!access.RunsRoster(offering))
        {
            return Forbid();
        }
        (Session, Offering) = (session, offering);
        Rows = await db.Registrations.AsNoTracking()
            .Where(r => r.OfferingId == offering.Id && r.Status == RegistrationStatus.Enrolled)
            .OrderBy(r => r.DisplayName).ThenBy(r => r.Id)
            .Select(r => new RosterRow(r.Id, r.DisplayName,
                db.SessionAttendance.Where(a => a.SessionId == id && a.RegistrationId == r.Id).Select(a => (int?)a.Minutes).FirstOrDefault(),
                db.SessionAttendance.Where(a => a.SessionId == id && a.RegistrationId == r.Id).Select(a => (AttendanceMethod?)a.Method).FirstOrDefault()))
            .Take(LearningForms.RosterShown)
            .ToListAsync(cancellationToken);
        CheckInAddress = links.Path("/Learning/CheckIn?code=" + session.CheckInCode);
        QrCode = Identity.AuthenticatorKey.QrCodeDataUri(CheckInAddress);
        return null;
    }
}
