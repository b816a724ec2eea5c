using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Features.Notifications;
using Beacon.Web.Jobs;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring;

/// <summary>
/// Reminds the mentor and the programme's coordinator (who created it) of a milestone coming due with no session
/// logged for it, once per milestone (<see cref="MilestoneRules.ReminderDue"/>). Works district by district.
/// </summary>
public sealed class MilestoneReminderJob(BeaconDbContext db, CurrentDistrict currentDistrict, Notifier notifier, TimeProvider clock) : IBeaconJob
{
    public Task RunAsync(CancellationToken cancellationToken) =>
        EachDistrict.RunAsync(db, currentDistrict, RunForDistrictAsync, cancellationToken);

    public async Task RunForDistrictAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // The reminder window opens at most a week (five school days and a weekend) before the due date.
        var horizon = today.AddDays(7);
        var open = await db.PairingMilestones
            .Where(m => m.MetOn == null && m.RemindedAt == null && m.DueOn <= horizon)
            .ToListAsync(cancellationToken);
        var due = open.Where(m => MilestoneRules.ReminderDue(m.DueOn, m.MetOn, m.RemindedAt, today)).ToList();
        if (due.Count == 0)
        {
            return;
        }
        var pairingIds = due.Select(m => m.PairingId).Distinct().ToList();
        var pairings = await db.Pairings.Where(p => pairingIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.MentorId,
                Coordinator = p.Programme!.CreatedBy,
                Programme = p.Programme.Name,
                Mentee = db.StaffMembers.Where(s => s.Id == p.MenteeId).Select(s => s.GivenName + " " + s.FamilyName).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var mentorIds = pairings.Values.Select(p => (Guid?)p.MentorId).Distinct().ToList();
        var coordinatorNames = pairings.Values.Select(p => p.Coordinator).Distinct().ToList();
        var users = await db.Users
            .Where(u => mentorIds.Contains(u.StaffMemberId) || coordinatorNames.Contains(u.UserName!))
            .Select(u => new { u.Id, u.StaffMemberId, u.UserName })
            .ToListAsync(cancellationToken);
        foreach (var milestone in due)
        {
            var pairing = pairings[milestone.PairingId];
            var to = users.Where(u => u.StaffMemberId == pairing.MentorId || u.UserName == pairing.Coordinator).Select(u => u.Id);
            var text = string.Create(CultureInfo.InvariantCulture,
                $"\"{milestone.Name}\" of {pairing.Mentee}'s mentoring ({pairing.Programme}) is due on {milestone.DueOn:yyyy-MM-dd} and no session has met it yet.");
            await notifier.NotifyAsync(to, text, $"/Mentoring/Pairings/Details/{pairing.Id}", cancellationToken);
            milestone.RemindedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
