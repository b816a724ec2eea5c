using Beacon.Web.Data;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

public sealed record CatalogRow(Guid Id, string Title, OfferingKind Kind, OfferingStatus Status, string? Audience, decimal Cost, DateTimeOffset? FirstSession, int Sessions);

/// <summary>The catalog: published offerings (and, for the office, drafts), searched and filtered, a page at a time.</summary>
public class IndexModel(BeaconDbContext db, LearningAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public OfferingKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Credit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Past { get; set; }

    private static readonly SortOrder TitleOrder = new("title", false);

    public PageOf<CatalogRow> Offerings { get; private set; } = null!;
    public ListLinks Links { get; private set; } = null!;
    public IReadOnlyList<CreditType> CreditTypes { get; private set; } = [];
    public bool IsOffice => access.IsOffice;
    public bool IsPrincipal => access.IsPrincipal;
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Kind is not null || Credit is not null || Past;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var offerings = db.Offerings.AsNoTracking();
        offerings = IsOffice ? offerings.Where(o => o.Status != OfferingStatus.Withdrawn) : offerings.Where(o => o.Status == OfferingStatus.Published);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim().ToLower();
            offerings = offerings.Where(o => o.Title.ToLower().Contains(term) || (o.Audience != null && o.Audience.ToLower().Contains(term)));
        }
        if (Kind is { } kind)
        {
            offerings = offerings.Where(o => o.Kind == kind);
        }
        if (Credit is { } credit)
        {
            offerings = offerings.Where(o => o.Credits.Any(c => c.CreditTypeId == credit));
        }
        if (!Past)
        {
            var now = clock.GetUtcNow();
            offerings = offerings.Where(o => !o.Sessions.Any() || o.Sessions.Any(s => s.StartsAt >= now));
        }
        Offerings = await offerings
            .OrderBy(o => o.Title).ThenBy(o => o.Id)
            .Select(o => new CatalogRow(o.Id, o.Title, o.Kind, o.Status, o.Audience, o.Cost,
                o.Sessions.OrderBy(s => s.StartsAt).Select(s => (DateTimeOffset?)s.StartsAt).FirstOrDefault(), o.Sessions.Count()))
            .ToPageAsync(pageNumber, cancellationToken: cancellationToken);
        Links = new ListLinks("/Learning",
            [new("q", Q), new("kind", Kind?.ToString()), new("credit", Credit?.ToString()), new("past", Past ? "true" : null)],
            TitleOrder, TitleOrder);
        CreditTypes = await db.CreditTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
    }
}
