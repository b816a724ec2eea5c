using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>
/// Self check-in with the code shown in the room. The code is taken only while its session is open
/// (from a little before the start to the end); arriving late counts the minutes from arrival.
/// </summary>
public class CheckInModel(BeaconDbContext db, LearningAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Enter the code shown in the room.")]
    [StringLength(20, ErrorMessage = "The code is {1} characters at most.")]
    [Display(Name = "Check-in code")]
    public string? Code { get; set; }

    public string? Message { get; private set; }

    public void OnGet(string? done) => Message = done;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = LearningCodes.Normalize(Code);
        var now = clock.GetUtcNow();
        var opens = now + LearningForms.CheckInOpensBefore;
        var candidates = await db.LearningSessions.AsNoTracking()
            .Where(s => s.CheckInCode == code && s.StartsAt <= opens).ToListAsync(cancellationToken);
        var session = candidates.Where(s => s.EndsAt >= now).OrderBy(s => s.StartsAt).FirstOrDefault();
        if (session is null)
        {
            ModelState.AddModelError(nameof(Code), "No session is open for check-in with that code. Check the code on the screen; check-in opens 30 minutes before the start.");
            return Page();
        }
        var userId = access.UserId;
        var registration = await db.Registrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.OfferingId == session.OfferingId && r.UserId == userId && r.Status == RegistrationStatus.Enrolled, cancellationToken);
        if (registration is null)
        {
            ModelState.AddModelError(nameof(Code), "You are not enrolled in this session's offering. Ask the facilitator to add you.");
            return Page();
        }
        var late = Math.Max(0, (int)Math.Floor((now - session.StartsAt).TotalMinutes));
        var minutes = Math.Max(1, session.Minutes - late);
        var existing = await db.SessionAttendance.FirstOrDefaultAsync(a => a.SessionId == session.Id && a.RegistrationId == registration.Id, cancellationToken);
        if (existing is null)
        {
            db.SessionAttendance.Add(new SessionAttendance { SessionId = session.Id, RegistrationId = registration.Id, Minutes = minutes, Method = AttendanceMethod.Code, RecordedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
        var title = await db.Offerings.Where(o => o.Id == session.OfferingId).Select(o => o.Title).FirstAsync(cancellationToken);
        return RedirectToPage(new { done = $"You are checked in to {title}." });
    }
}
