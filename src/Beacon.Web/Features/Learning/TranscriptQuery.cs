using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>A person's transcript with the names of the credit types it totals.</summary>
public sealed record TranscriptView(TranscriptResult Result, IReadOnlyDictionary<Guid, string> CreditNames, IReadOnlyDictionary<Guid, Guid> OfferingOf);

/// <summary>
/// Reads a person's raw attendance (every session of each offering they are enrolled in, with their
/// minutes), the credits offered and approved external learning, in six set-based queries, and hands them to <see cref="TranscriptCalculator"/>.
/// </summary>
public sealed class TranscriptQuery(BeaconDbContext db)
{
    public async Task<TranscriptView> ForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status == RegistrationStatus.Enrolled)
            .Join(db.Offerings, r => r.OfferingId, o => o.Id, (r, o) => new { r.Id, r.OfferingId, o.Title })
            .ToListAsync(cancellationToken);
        var offeringIds = registrations.Select(r => r.OfferingId).Distinct().ToList();
        var registrationIds = registrations.Select(r => r.Id).ToList();
        var sessions = await db.LearningSessions.AsNoTracking().Where(s => offeringIds.Contains(s.OfferingId))
            .Select(s => new { s.Id, s.OfferingId, s.StartsAt, s.Minutes, s.TimeZoneId }).ToListAsync(cancellationToken);
        var attendance = await db.SessionAttendance.AsNoTracking().Where(a => registrationIds.Contains(a.RegistrationId))
            .Select(a => new { a.RegistrationId, a.SessionId, a.Minutes }).ToListAsync(cancellationToken);
        var credits = await db.OfferingCredits.AsNoTracking().Where(c => offeringIds.Contains(c.OfferingId))
            .Join(db.CreditTypes, c => c.CreditTypeId, t => t.Id, (c, t) => new { c.OfferingId, c.CreditTypeId, c.Amount, t.Name, t.RequiresFullAttendance })
            .ToListAsync(cancellationToken);
        var external = await db.ExternalLearning.AsNoTracking().Where(e => e.UserId == userId && e.Status == External.ExternalStatus.Approved)
            .Select(e => new { e.Id, e.Title, e.Provider, e.CompletedOn }).ToListAsync(cancellationToken);
        var externalIds = external.Select(e => e.Id).ToList();
        var externalCredits = await db.ExternalCredits.AsNoTracking().Where(c => externalIds.Contains(c.ExternalLearningId))
            .Join(db.CreditTypes, c => c.CreditTypeId, t => t.Id, (c, t) => new { c.ExternalLearningId, c.CreditTypeId, c.Amount, t.Name })
            .ToListAsync(cancellationToken);
        var records = registrations.Select(r => new LearningRecord(r.Id, r.Title,
            sessions.Where(s => s.OfferingId == r.OfferingId).Select(s => new AttendedSession(
                Communities.CommunityTime.Today(s.StartsAt, s.TimeZoneId), s.Minutes,
                attendance.Where(a => a.RegistrationId == r.Id && a.SessionId == s.Id).Sum(a => a.Minutes))).ToList(),
            credits.Where(c => c.OfferingId == r.OfferingId).Select(c => new CreditOffer(c.CreditTypeId, c.Amount, c.RequiresFullAttendance)).ToList()));
        var outside = external.Select(e => new ExternalRecord(e.Id, e.Title, e.Provider, e.CompletedOn,
            externalCredits.Where(c => c.ExternalLearningId == e.Id).ToDictionary(c => c.CreditTypeId, c => c.Amount)));
        return new TranscriptView(
            TranscriptCalculator.Compute(records, outside),
            credits.Select(c => (c.CreditTypeId, c.Name)).Concat(externalCredits.Select(c => (c.CreditTypeId, c.Name)))
                .GroupBy(c => c.CreditTypeId).ToDictionary(g => g.Key, g => g.First().Name),
            registrations.ToDictionary(r => r.Id, r => r.OfferingId));
    }
}
