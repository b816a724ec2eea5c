using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Mail;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Admin.Mail;

/// <summary>
/// Outbox health: how much mail is waiting, sent and given up on, how long the oldest has waited,
/// and why the failing ones fail. A district administrator sees their district's mail; the system
/// administrator sees all. Never a body: it can hold a reset or survey link.
/// </summary>
[Authorize(Roles = $"{Roles.DistrictAdministrator},{Roles.SystemAdministrator}")]
public class IndexModel(BeaconDbContext db, CurrentDistrict currentDistrict, TimeProvider clock) : PageModel
{
    public const int ErrorRows = 20;

    public bool Deployment { get; private set; }
    public int Queued { get; private set; }
    public int Retrying { get; private set; }
    public int Sent { get; private set; }
    public int Failed { get; private set; }
    public TimeSpan? OldestWait { get; private set; }
    public IReadOnlyList<FailingMail> Failing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Deployment = User.IsInRole(Roles.SystemAdministrator);
        var mails = db.OutboxMails.AsQueryable();
        if (!Deployment)
        {
            // Fails closed: a district administrator without a district sees nothing.
            if (currentDistrict.Id is not { } districtId)
            {
                return Forbid();
            }
            mails = mails.Where(m => m.DistrictId == districtId);
        }
        var counts = await mails
            .GroupBy(m => new { m.Status, Retried = m.Attempts > 0 })
            .Select(g => new { g.Key.Status, g.Key.Retried, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Queued = counts.Where(c => c.Status is OutboxStatus.Queued or OutboxStatus.Sending).Sum(c => c.Count);
        Retrying = counts.Where(c => c.Status is OutboxStatus.Queued or OutboxStatus.Sending && c.Retried).Sum(c => c.Count);
        Sent = counts.Where(c => c.Status == OutboxStatus.Sent).Sum(c => c.Count);
        Failed = counts.Where(c => c.Status == OutboxStatus.Failed).Sum(c => c.Count);
        var oldest = await mails
            .Where(m => m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Sending)
            .OrderBy(m => m.QueuedAt)
            .Select(m => (DateTimeOffset?)m.QueuedAt)
            .FirstOrDefaultAsync(cancellationToken);
        OldestWait = oldest is { } queuedAt ? clock.GetUtcNow() - queuedAt : null;
        Failing = await mails
            .Where(m => m.LastError != null && m.Status != OutboxStatus.Sent)
            .OrderByDescending(m => m.LastAttemptAt)
            .Take(ErrorRows)
            .Select(m => new FailingMail(m.ToAddress, m.Subject, m.Status, m.Attempts, m.LastAttemptAt, m.NextAttemptAt, m.LastError!))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>"3 minutes", "2 hours", "4 days": the oldest wait in the unit that reads best.</summary>
    public static string Describe(TimeSpan wait) => wait switch
    {
        { TotalMinutes: < 1 } => "less than a minute",
        { TotalHours: < 1 } => Plural((int)wait.TotalMinutes, "minute"),
        { TotalDays: < 2 } => Plural((int)wait.TotalHours, "hour"),
        _ => Plural((int)wait.TotalDays, "day"),
    };

    private static string Plural(int n, string unit) => Ui.Plural.Of(n, unit);
}

public sealed record FailingMail(string To, string Subject, OutboxStatus Status, int Attempts, DateTimeOffset? LastAttemptAt, DateTimeOffset NextAttemptAt, string LastError);
