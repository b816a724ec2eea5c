using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Exports;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Audit;

/// <summary>District administrators read who changed what and when, newest first, filtered and exported.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class IndexModel(BeaconDbContext db, AuditRecords records) : PageModel
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

    /// <summary>One record kind, exactly (links from a record use it); <see cref="Kind"/> is the grouped filter people choose from.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>The person who made the changes, by account id, chosen from those who appear in the log.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

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
    public IReadOnlyList<AuditKindGroup> Kinds { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> People { get; private set; } = [];
    public IReadOnlyList<AuditGroup> Groups { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Entity) || !string.IsNullOrWhiteSpace(Kind) || !string.IsNullOrWhiteSpace(Person) || Action is not null
        || !string.IsNullOrWhiteSpace(UserName) || From is not null || To is not null;

    // "page" is also Razor Pages' own route value (the page's path), so it is read from the query string by name.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Kinds = AuditKinds.All(db);
        People = await PeopleAsync(cancellationToken);
        Links = new ListLinks("/Audit",
            [
                new("entity", Entity), new("kind", Kind), new("person", Person), new("action", Action?.ToString()), new("user", UserName),
                new("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ],
            Newest, Newest);
        var page = await Query().ToPageAsync(pageNumber, cancellationToken: cancellationToken);
        Entries = new PageOf<AuditRow>(page.Items.Select(e => e.ToRow()).ToList(), page.Number, page.Size, page.Total);
        Groups = await ReadableAsync(page.Items, cancellationToken);
    }

    /// <summary>The page's entries grouped by the request that made them, with names, links and values in the product's words.</summary>
    private async Task<IReadOnlyList<AuditGroup>> ReadableAsync(IReadOnlyList<StoredEntry> entries, CancellationToken cancellationToken)
    {
        var rows = entries.Select(e => (Entry: e, Fields: AuditChanges.Parse(e.Changes))).ToList();
        var wanted = new List<(string Kind, string Id)>();
        foreach (var (entry, fields) in rows)
        {
            wanted.Add((entry.Entity, entry.EntityId));
            if (entry.UserId is { } userId)
            {
                wanted.Add(("BeaconUser", userId));
            }
            foreach (var field in fields)
            {
                if (AuditRecords.KindOfField(field.Field) is { } kind)
                {
                    wanted.AddRange(new[] { field.From, field.To }.OfType<string>().Select(v => (kind, v)));
                }
            }
        }
        var found = await records.FindAsync(wanted, cancellationToken);
        var types = db.Model.GetEntityTypes().GroupBy(t => t.ClrType.Name).ToDictionary(g => g.Key, g => g.First());
        bool IsEnum(string entity, string field) =>
            types.TryGetValue(entity, out var type) && type.FindProperty(field) is { } p && (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum;
        AuditRecord? Record(string field, string? value) =>
            value is not null && AuditRecords.KindOfField(field) is { } kind && found.TryGetValue((kind, value), out var r) ? r : null;

        var groups = new List<AuditGroup>();
        foreach (var (entry, fields) in rows)
        {
            var line = new AuditLine(
                entry.Action,
                AuditWords.Sentence(entry.Entity == "BeaconUser" ? "Person" : entry.Entity),
                found.GetValueOrDefault((entry.Entity, entry.EntityId)),
                entry.EntityId,
                fields.Select(f => new ReadableChange(
                    AuditWords.Sentence(f.Field.EndsWith("UserId", StringComparison.Ordinal) ? f.Field[..^6] : f.Field.EndsWith("Id", StringComparison.Ordinal) && f.Field.Length > 2 ? f.Field[..^2] : f.Field),
                    f.HasFrom ? AuditWords.Show(f.From, IsEnum(entry.Entity, f.Field), Record(f.Field, f.From)) : null,
                    f.HasTo ? AuditWords.Show(f.To, IsEnum(entry.Entity, f.Field), Record(f.Field, f.To)) : null)).ToList());
            var same = groups.Count > 0 && (entry.RequestId is { } request
                ? groups[^1].RequestId == request
                : groups[^1].RequestId is null && groups[^1].At == entry.At && groups[^1].UserName == entry.UserName);
            if (same)
            {
                groups[^1].Lines.Add(line);
            }
            else
            {
                var person = entry.UserId is { } id ? found.GetValueOrDefault(("BeaconUser", id)) : null;
                groups.Add(new AuditGroup(entry.RequestId, entry.At, entry.UserName, person, [line]));
            }
        }
        return groups;
    }

    private async Task<IReadOnlyList<(string Id, string Name)>> PeopleAsync(CancellationToken cancellationToken)
    {
        var ids = await db.AuditEntries.Where(a => a.UserId != null).Select(a => a.UserId!).Distinct().ToListAsync(cancellationToken);
        var names = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        return names.OrderBy(n => n.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(n => (n.Id, $"{n.DisplayName} ({n.Email})")).ToList();
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
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            var kinds = AuditKinds.All(db).FirstOrDefault(k => k.Key == Kind)?.Entities ?? [];
            entries = entries.Where(a => kinds.Contains(a.Entity));
        }
        if (!string.IsNullOrWhiteSpace(Person))
        {
            entries = entries.Where(a => a.UserId == Person);
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
            RequestId = a.RequestId,
            Action = a.Action,
            Entity = a.Entity,
            EntityId = a.EntityId,
            Changes = a.Changes,
        };

        public DateTimeOffset At { get; init; }
        public string UserName { get; init; } = "";
        public string? UserId { get; init; }
        public string? RequestId { get; init; }
        public AuditAction Action { get; init; }
        public string Entity { get; init; } = "";
        public string EntityId { get; init; } = "";
        public string Changes { get; init; } = "";

        public AuditRow ToRow() => new(At, UserName, UserId, Action, Entity, EntityId, AuditChanges.Parse(Changes));
    }
}

/// <summary>The changes one request made, as the log shows them.</summary>
public sealed record AuditGroup(string? RequestId, DateTimeOffset At, string UserName, AuditRecord? Person, List<AuditLine> Lines);

/// <summary>One record's change: what happened, to which record (named and linked while it exists), and its fields.</summary>
public sealed record AuditLine(AuditAction Action, string Kind, AuditRecord? Record, string EntityId, IReadOnlyList<ReadableChange> Fields);

/// <summary>A field's change in words: "Status: Not started → In progress".</summary>
public sealed record ReadableChange(string Field, string? From, string? To)
{
    public string Describe() => (From, To) switch
    {
        ({ } from, { } to) => $"{Field}: {from} → {to}",
        (null, { } to) => $"{Field}: {to}",
        ({ } from, null) => $"{Field}: {from}",
        _ => Field,
    };
}
