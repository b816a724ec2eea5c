using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

public sealed record PendingRow(Guid Id, string Person, Guid OfferingId, string Offering, decimal Cost, bool OffSite, ApprovalStep Step, DateTimeOffset RequestedAt);

/// <summary>
/// Registrations waiting for the signed-in person: a principal sees their schools' staff at the
/// principal's step, the office sees those at the office's step.
/// </summary>
public class ApprovalsModel(BeaconDbContext db, LearningAccess access, Registrations registrations, SchoolScope scope) : PageModel
{
    public IReadOnlyList<PendingRow> Pending { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        if (!access.IsOffice && !access.IsPrincipal)
        {
            return Forbid();
        }
        Message = done;
        var requested = db.Registrations.AsNoTracking().Where(r => r.Status == RegistrationStatus.Requested);
        var schools = access.IsPrincipal ? await scope.MySchoolIdsAsync(cancellationToken) : [];
        var userId = access.UserId;
        var office = access.IsOffice;
        requested = requested.Where(r => (office && r.AwaitingStep == ApprovalStep.Office)
            || (r.AwaitingStep == ApprovalStep.Principal && r.SchoolId != null && schools.Contains(r.SchoolId.Value) && r.UserId != userId));
        Pending = await requested
            .Join(db.Offerings, r => r.OfferingId, o => o.Id, (r, o) => new { r, o })
            .OrderBy(x => x.r.RequestedAt).ThenBy(x => x.r.Id).Take(LearningForms.PendingShown)
            .Select(x => new PendingRow(x.r.Id, x.r.DisplayName, x.o.Id, x.o.Title, x.o.Cost, x.o.OffSite, x.r.AwaitingStep!.Value, x.r.RequestedAt))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) => DecideAsync(id, approve: true, cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken cancellationToken) => DecideAsync(id, approve: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null)
        {
            return NotFound();
        }
        if (registration.Status != RegistrationStatus.Requested || registration.AwaitingStep is not { } step)
        {
            return RedirectToPage(new { done = $"{registration.DisplayName}'s registration was already decided." });
        }
        if (!await access.MayApproveAsync(registration, cancellationToken))
        {
            return Forbid();
        }
        var offering = await db.Offerings.AsNoTracking().FirstAsync(o => o.Id == registration.OfferingId, cancellationToken);
        if (approve)
        {
            await registrations.ApproveAsync(registration, offering, step, cancellationToken);
        }
        else
        {
            await registrations.DeclineAsync(registration, LearningForms.Clean(Note, Limits.Paragraph), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { done = $"{registration.DisplayName}: {registration.Status.Label(registration.AwaitingStep)}." });
    }
}
