using Beacon.Web.Data;
using Beacon.Web.Features.Notifications;
using Beacon.Web.Features.Plans.Feedback;
using Beacon.Web.Jobs;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Reminders;

/// <summary>
/// Reminds people of overdue plan actions, district by district: the owner first, then the school's
/// leaders, then the district's leaders (<see cref="ReminderCascade"/>). Each step is a notification,
/// so a person with a digest gets them grouped in it; an <see cref="ActionReminder"/> row per step
/// keeps a re-run from repeating it.
/// </summary>
public sealed class ReminderJob(BeaconDbContext db, CurrentDistrict currentDistrict, Notifier notifier, FeedbackCircle circle, TimeProvider clock) : IBeaconJob
{
    public Task RunAsync(CancellationToken cancellationToken) =>
        EachDistrict.RunAsync(db, currentDistrict, RunForDistrictAsync, cancellationToken);

    public async Task RunForDistrictAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var days = await db.Districts.Select(d => d.ReminderEscalationDays).FirstAsync(cancellationToken);
        var overdue = await db.PlanActions
            .Where(a => a.DueOn < today && a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled)
            // The district step is the cascade's last (the earlier ones went out with or before it): an action past it
            // has nothing left to send, so the hourly run does not reread every action ever left overdue.
            .Where(a => !db.ActionReminders.Any(r => r.ActionId == a.Id && r.Step == ReminderStep.DistrictOwner))
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.PlanId,
                a.DueOn,
                a.Status,
                a.OwnerUserId,
                a.OwnerName,
                SchoolId = db.Plans.Where(p => p.Id == a.PlanId).Select(p => p.SchoolId).FirstOrDefault(),
                Sent = db.ActionReminders.Where(r => r.ActionId == a.Id).Select(r => r.Step).ToList(),
            })
            .ToListAsync(cancellationToken);
        IReadOnlyList<string>? reviewers = null;
        var leaders = new Dictionary<Guid, IReadOnlyList<string>>();
        foreach (var action in overdue)
        {
            var steps = ReminderCascade.Due(action.DueOn, action.Status, action.SchoolId is not null, days, today, action.Sent);
            foreach (var step in steps)
            {
                IReadOnlyList<string> to = step switch
                {
                    ReminderStep.Owner => action.OwnerUserId is { } owner ? [owner] : [],
                    ReminderStep.SchoolLeader when action.SchoolId is { } school =>
                        leaders.TryGetValue(school, out var known) ? known : leaders[school] = await circle.SchoolLeaderIdsAsync(school, cancellationToken),
                    ReminderStep.DistrictOwner => reviewers ??= await circle.ReviewerIdsAsync(cancellationToken),
                    _ => [],
                };
                await notifier.NotifyAsync(to, Text(step, action.Title, action.DueOn!.Value, action.OwnerName), $"/Plans/Details/{action.PlanId}", cancellationToken);
                db.ActionReminders.Add(new ActionReminder { Id = Guid.CreateVersion7(), ActionId = action.Id, Step = step, SentAt = now });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Text(ReminderStep step, string title, DateOnly dueOn, string? ownerName)
    {
        var due = dueOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var owner = string.IsNullOrWhiteSpace(ownerName) ? "" : $" (owner: {ownerName})";
        return step switch
        {
            ReminderStep.Owner => $"Your plan action \u201c{title}\u201d was due on {due} and is not complete.",
            ReminderStep.SchoolLeader => $"A plan action at your school is overdue: \u201c{title}\u201d was due on {due}{owner}.",
            _ => $"A plan action is still overdue after the school was told: \u201c{title}\u201d was due on {due}{owner}.",
        };
    }
}
