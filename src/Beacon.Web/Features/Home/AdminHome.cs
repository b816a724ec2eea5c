using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Imports;
using Beacon.Web.Mail;
using Beacon.Web.Tenancy;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>The administrator's figures: recent imports, invitations not yet accepted, uploads waiting, and the district's mail outbox.</summary>
public sealed record AdminFigures(
    IReadOnlyList<AdminFigures.ImportGlance> Imports,
    int AwaitingConfirmation,
    int InvitationsPending,
    int MailQueued,
    int MailRetrying,
    int MailFailed,
    DateTimeOffset? OldestQueuedAt)
{
    public sealed record ImportGlance(Guid Id, ImportKind Kind, string FileName, ImportStatus Status, DateTimeOffset UploadedAt, string By, int Created, int Updated, int Unchanged);
}

/// <summary>
/// The district administrator's home: imports and their last results, people invited who have not set a
/// password, and the health of the background work (uploads the purge job will delete, the mail outbox).
/// Six statements.
/// </summary>
public sealed class AdminHome(BeaconDbContext db, CurrentDistrict district)
{
    /// <summary>A queued mail older than this means the send job is not keeping up (it runs every 15 seconds).</summary>
    public static readonly TimeSpan MailLate = TimeSpan.FromMinutes(10);

    public async Task<AdminFigures> LoadAsync(CancellationToken cancellationToken)
    {
        var imports = await db.ImportRuns.OrderByDescending(r => r.UploadedAt).Take(HomeLimits.Listed)
            .Select(r => new AdminFigures.ImportGlance(r.Id, r.Kind, r.FileName, r.Status, r.UploadedAt, r.UploadedBy, r.Created, r.Updated, r.Unchanged))
            .ToListAsync(cancellationToken);
        var awaiting = await db.ImportRuns.CountAsync(r => r.Status == ImportStatus.AwaitingConfirmation, cancellationToken);
        var invited = await db.Users.CountAsync(u => u.PasswordHash == null, cancellationToken);
        var districtId = district.Id;
        // The outbox is not district-filtered (it holds the deployment's mail too), so it is filtered here, failing closed.
        var mails = db.OutboxMails.Where(m => districtId != null && m.DistrictId == districtId);
        var counts = await mails.Where(m => m.Status != OutboxStatus.Sent)
            .GroupBy(m => new { m.Status, Retried = m.Attempts > 0 })
            .Select(g => new { g.Key.Status, g.Key.Retried, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var oldest = await mails.Where(m => m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Sending)
            .OrderBy(m => m.QueuedAt).Select(m => (DateTimeOffset?)m.QueuedAt).FirstOrDefaultAsync(cancellationToken);
        var waiting = counts.Where(c => c.Status is OutboxStatus.Queued or OutboxStatus.Sending).ToList();
        return new AdminFigures(imports, awaiting, invited,
            waiting.Sum(c => c.Count), waiting.Where(c => c.Retried).Sum(c => c.Count),
            counts.Where(c => c.Status == OutboxStatus.Failed).Sum(c => c.Count),
            oldest);
    }

    public static HomeView Present(AdminFigures f, DateTimeOffset now)
    {
        var imports = f.Imports.Select(r => new HomeItem("import", $"{ImportKinds.Label(r.Kind)}: {r.FileName}",
            r.Status == ImportStatus.AwaitingConfirmation ? $"/Imports/Preview/{r.Id}" : "/Imports", null,
            r.Status switch
            {
                ImportStatus.Applied => $"Applied: {r.Created.ToString("N0", CultureInfo.InvariantCulture)} created, {r.Updated.ToString("N0", CultureInfo.InvariantCulture)} updated, {r.Unchanged.ToString("N0", CultureInfo.InvariantCulture)} unchanged · {HomeFormat.Instant(r.UploadedAt)} by {r.By}",
                ImportStatus.AwaitingConfirmation => $"Waiting for you to confirm · uploaded {HomeFormat.Instant(r.UploadedAt)} by {r.By}",
                _ => $"Discarded · uploaded {HomeFormat.Instant(r.UploadedAt)} by {r.By}",
            },
            r.Status == ImportStatus.AwaitingConfirmation ? HomeTone.Attention : HomeTone.Plain)).ToList();
        var late = f.OldestQueuedAt is { } oldest && now - oldest > MailLate;
        var health = new List<HomeItem>
        {
            new("invitations", f.InvitationsPending == 0 ? "Nobody is waiting to accept an invitation" : $"{Plural.Of(f.InvitationsPending, "person", "people")} invited, not signed in yet",
                "/Users", f.InvitationsPending, f.InvitationsPending > 0 ? "Resend an invitation from their account if it has expired." : null),
            new("uploads", f.AwaitingConfirmation == 0 ? "No upload waiting for confirmation" : $"{Plural.Of(f.AwaitingConfirmation, "upload")} waiting for confirmation",
                "/Imports", f.AwaitingConfirmation, f.AwaitingConfirmation > 0 ? "Unconfirmed uploads are deleted after a day by the clean-up job." : null,
                f.AwaitingConfirmation > 0 ? HomeTone.Attention : HomeTone.Good),
            new("mail", f.MailQueued == 0 && f.MailFailed == 0 ? "Mail is flowing: nothing waiting" : $"{Plural.Of(f.MailQueued, "mail")} waiting, {f.MailFailed.ToString("N0", CultureInfo.InvariantCulture)} failed",
                "/Admin/Mail", f.MailQueued + f.MailFailed,
                f.OldestQueuedAt is { } at ? $"Oldest waiting since {HomeFormat.Instant(at)}{(f.MailRetrying > 0 ? $"; {Plural.Of(f.MailRetrying, "mail")} being retried" : "")}{(late ? "; the send job is behind" : "")}" : null,
                f.MailFailed > 0 || late ? HomeTone.Attention : HomeTone.Good),
        };
        return new HomeView("admin", "Administration",
        [
            new HomeSection("imports", "Recent imports", imports, "No file has been imported yet. Import a roster or school data to fill the district."),
            new HomeSection("health", "People and background work", health, ""),
        ]);
    }
}
