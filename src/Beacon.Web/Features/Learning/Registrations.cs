using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>
/// Registering, approving, refusing and cancelling, with the waitlist served whenever a place frees.
/// Adds the changes to the context; the page filter saves them in its transaction.
/// </summary>
public sealed class Registrations(BeaconDbContext db, CurrentUser currentUser, SchoolScope scope, TimeProvider clock)
{
    public async Task<LearningSettings> SettingsAsync(CancellationToken cancellationToken) =>
        await db.LearningSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? LearningSettings.Defaults();

    /// <summary>Registers the signed-in person: on the waitlist when the offering is full, else into its approval chain.</summary>
    public async Task<Registration> RegisterAsync(Offering offering, string displayName, CancellationToken cancellationToken)
    {
        var schools = await scope.MySchoolIdsAsync(cancellationToken);
        var registration = new Registration
        {
            Id = Guid.CreateVersion7(),
            OfferingId = offering.Id,
            UserId = currentUser.Id!,
            DisplayName = displayName,
            SchoolId = offering.SchoolId is { } own && schools.Contains(own) ? own : schools.FirstOrDefault() is var first && first != Guid.Empty ? first : null,
            RequestedAt = clock.GetUtcNow(),
        };
        await LockPlacesAsync(offering.Id, cancellationToken);
        var held = await HeldAsync(offering.Id, cancellationToken);
        if (Places.HasRoom(await CapacityAsync(offering.Id, cancellationToken), held))
        {
            await StartChainAsync(registration, offering, cancellationToken);
        }
        else
        {
            registration.Status = RegistrationStatus.Waitlisted;
        }
        db.Registrations.Add(registration);
        return registration;
    }

    /// <summary>Moves a registration past <paramref name="step"/>, to the next step or into the offering.</summary>
    public async Task ApproveAsync(Registration registration, Offering offering, ApprovalStep step, CancellationToken cancellationToken)
    {
        var steps = await StepsAsync(registration, offering, cancellationToken);
        if (step == ApprovalStep.Principal)
        {
            registration.PrincipalApprovedBy = currentUser.Name;
        }
        else
        {
            registration.OfficeApprovedBy = currentUser.Name;
        }
        registration.AwaitingStep = ApprovalChain.After(steps, step);
        if (registration.AwaitingStep is null)
        {
            registration.Status = RegistrationStatus.Enrolled;
            registration.DecidedAt = clock.GetUtcNow();
        }
    }

    public async Task DeclineAsync(Registration registration, string? note, CancellationToken cancellationToken)
    {
        registration.Status = RegistrationStatus.Declined;
        registration.AwaitingStep = null;
        registration.Note = note;
        registration.DecidedAt = clock.GetUtcNow();
        await PromoteAsync(registration.OfferingId, cancellationToken);
    }

    public async Task CancelAsync(Registration registration, CancellationToken cancellationToken)
    {
        var heldPlace = registration.Status is RegistrationStatus.Requested or RegistrationStatus.Enrolled;
        registration.Status = RegistrationStatus.Cancelled;
        registration.AwaitingStep = null;
        registration.DecidedAt = clock.GetUtcNow();
        if (heldPlace)
        {
            await PromoteAsync(registration.OfferingId, cancellationToken);
        }
    }

    /// <summary>Moves the first of the waitlist into the approval chain while there is room.</summary>
    public async Task PromoteAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        // The registration just changed is tracked and not saved yet: count from the tracked rows too.
        await db.SaveChangesAsync(cancellationToken);
        await LockPlacesAsync(offeringId, cancellationToken);
        var offering = await db.Offerings.FirstAsync(o => o.Id == offeringId, cancellationToken);
        var held = await HeldAsync(offeringId, cancellationToken);
        var waiting = await db.Registrations.Where(r => r.OfferingId == offeringId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.RequestedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var next in waiting.Take(Places.ToPromote(await CapacityAsync(offeringId, cancellationToken), held, waiting.Count)))
        {
            await StartChainAsync(next, offering, cancellationToken);
        }
    }

    public Task<int> HeldAsync(Guid offeringId, CancellationToken cancellationToken) =>
        db.Registrations.CountAsync(r => r.OfferingId == offeringId
            && (r.Status == RegistrationStatus.Requested || r.Status == RegistrationStatus.Enrolled), cancellationToken);

    public async Task<int?> CapacityAsync(Guid offeringId, CancellationToken cancellationToken) =>
        Places.Capacity(await db.LearningSessions.Where(s => s.OfferingId == offeringId).Select(s => s.Capacity).ToListAsync(cancellationToken));

    /// <summary>
    /// Serializes the counting and taking of an offering's places, so two people registering for the
    /// last place at the same moment do not both get it. On PostgreSQL the offering's row is locked
    /// until the page's transaction ends, and the count that follows sees the other's committed place;
    /// on SQLite a page's transaction begins IMMEDIATE, holding the single writer's lock already.
    /// </summary>
    private async Task LockPlacesAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("""SELECT 1 FROM "Offerings" WHERE "Id" = {0} FOR UPDATE""", [offeringId], cancellationToken);
        }
    }

    private async Task StartChainAsync(Registration registration, Offering offering, CancellationToken cancellationToken)
    {
        var steps = await StepsAsync(registration, offering, cancellationToken);
        registration.AwaitingStep = steps.Count > 0 ? steps[0] : null;
        registration.Status = steps.Count > 0 ? RegistrationStatus.Requested : RegistrationStatus.Enrolled;
    }

    private async Task<IReadOnlyList<ApprovalStep>> StepsAsync(Registration registration, Offering offering, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(cancellationToken);
        return ApprovalChain.Steps(settings.PrincipalApproves, settings.OfficeApproves, registration.SchoolId is not null, offering.Cost, offering.OffSite);
    }
}
