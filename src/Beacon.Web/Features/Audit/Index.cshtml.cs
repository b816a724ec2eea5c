using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Exports;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Beacon.Web.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Audit;

/// <summary>District administrators read who changed what and when, newest first, filtered and exported.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class IndexModel(BeaconDbContext db) : PageModel
{
    // The log has one order only, newest first; the sort exists for ListLinks and never appears in links.
    private static readonly SortOrder Newest = new("newest", true);

    public static readonly ExportColumn<AuditRow>[] ExportColumns =
    [
        new("When (UTC)", r => r.At),
        new("User", r => r.UserName),
        new("User id", r => r.UserId),
        new("Action", r => r.Action.ToString()),
        new("Entity", r => r.Entity),
        new("Entity id", r => r.EntityId),
        new("Changes", r => string.Join("; ", r.Fields.Select(f => f.Describe()))),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public PageOf<AuditRow> Entries { get; private set; } = null!;
    public ListLinks Links { get; private set; } = null!;
    public IReadOnlyList<string> Entities { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Entity) || Action is not null
        || !string.IsNullOrWhiteSpace(UserName) || From is not null || To is not null;

    // "page" is also Razor Pages' own route value (the page's path), so it is read from the query string by name.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Entities = AuditedEntities(db);
        Links = new ListLinks("/Audit",
            [
                new("entity", Entity), new("action", Action?.ToString()), new("user", UserName),
                new("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ],
            Newest, Newest);
        var page = await Query().ToPageAsync(pageNumber, cancellationToken: cancellationToken);
        Entries = new PageOf<AuditRow>(page.Items.Select(e => e.ToRow()).ToList(), page.Number, page.Size, page.Total);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest("Choose format=csv or format=xlsx.");
        }
        var rows = (await Query().ToListAsync(cancellationToken)).Select(e => e.ToRow()).ToList();
        var file = TableExport.Create(rows, ExportColumns, exportFormat, "audit-log");
        return File(file.Content, file.ContentType, file.FileName);
    }

    private IQueryable<StoredEntry> Query()
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (From is { } from && To is { } to && from > to)
        {
            ModelState.AddModelError(nameof(To), "Choose a ‘to’ date on or after the ‘from’ date.");
            return entries.Where(_ => false).Select(StoredEntry.Projection);
        }
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            entries = entries.Where(a => a.Entity == Entity);
        }
        if (Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var term = UserName.Trim().ToLowerInvariant();
            entries = entries.Where(a => a.UserName.ToLower().Contains(term));
        }
        // Dates are whole days in UTC, the time zone the log is kept and shown in.
        if (From is { } start)
        {
            var since = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At >= since);
        }
        if (To is { } end)
        {
            var before = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At < before);
        }
        return entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Select(StoredEntry.Projection);
    }

    /// <summary>
    /// The record types the audit interceptor writes entries for, read from the model: asking the
    /// log for its distinct types would scan all of it on every view.
    /// </summary>
    private static IReadOnlyList<string> AuditedEntities(BeaconDbContext db) =>
        db.Model.GetEntityTypes()
            .Select(t => t.ClrType)
            .Where(t => (typeof(IDistrictOwned).IsAssignableFrom(t) && t != typeof(AuditEntry) && !typeof(Data.Interceptors.INotAudited).IsAssignableFrom(t)) || t == typeof(BeaconUser))
            .Select(t => t.Name)
            .Append(Features.Surveys.SurveyMailingLog.Entity)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    public sealed record AuditRow(
        DateTimeOffset At, string UserName, string? UserId, AuditAction Action, string Entity, string EntityId, IReadOnlyList<FieldChange> Fields);

    /// <summary>The columns read from the database; the Changes JSON is parsed after, in memory, for the rows fetched.</summary>
    private sealed record StoredEntry
    {
        public static readonly System.Linq.Expressions.Expression<Func<AuditEntry, StoredEntry>> Projection = a => new StoredEntry
        {
            At = a.At,
            UserName = a.UserName,
            UserId = a.UserId,
            Action = a.Action,
            Entity = a.Entity,
            EntityId = a.EntityId,
            Changes = a.Changes,
        };

        public DateTimeOffset At { get; init; }
        public string UserName { get; init; } = "";
        public string? UserId { get; init; }
        public AuditAction Action { get; init; }
        public string Entity { get; init; } = "";
        public string EntityId { get; init; } = "";
        public string Changes { get; init; } = "";

        public AuditRow ToRow() => new(At, UserName, UserId, Action, Entity, EntityId, AuditChanges.Parse(Changes));
    }
}
