using Beacon.Web.Data;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

public sealed record CatalogRow(Guid Id, string Title, OfferingKind Kind, OfferingStatus Status, string? Audience, decimal Cost, DateTimeOffset? FirstSession, int Sessions);

/// <summary>What the catalog is searched and filtered by.</summary>
public sealed record CatalogFilter(string? Text = null, OfferingKind? Kind = null, Guid? Credit = null, bool Past = false);

/// <summary>
/// The catalog, a page at a time: two statements whatever its size (a count and one page ordered by
/// title and id, served by the index on district, status, title and id), each row's first session
/// and session count as correlated subqueries over the index on offering and start.
/// </summary>
public sealed class CatalogQuery(BeaconDbContext db, TimeProvider clock)
{
    public Task<PageOf<CatalogRow>> PageAsync(CatalogFilter filter, bool withDrafts, int? pageNumber, CancellationToken cancellationToken)
    {
        var offerings = db.Offerings.AsNoTracking();
        offerings = withDrafts
            ? offerings.Where(o => o.Status == OfferingStatus.Published || o.Status == OfferingStatus.Draft)
            : offerings.Where(o => o.Status == OfferingStatus.Published);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var term = filter.Text.Trim().ToLower();
            offerings = offerings.Where(o => o.Title.ToLower().Contains(term) || (o.Audience != null && o.Audience.ToLower().Contains(term)));
        }
        if (filter.Kind is { } kind)
        {
            offerings = offerings.Where(o => o.Kind == kind);
        }
        if (filter.Credit is { } credit)
        {
            offerings = offerings.Where(o => o.Credits.Any(c => c.CreditTypeId == credit));
        }
        if (!filter.Past)
        {
            var now = clock.GetUtcNow();
            offerings = offerings.Where(o => !o.Sessions.Any() || o.Sessions.Any(s => s.StartsAt >= now));
        }
        return offerings
            .OrderBy(o => o.Title).ThenBy(o => o.Id)
            .Select(o => new CatalogRow(o.Id, o.Title, o.Kind, o.Status, o.Audience, o.Cost,
                o.Sessions.OrderBy(s => s.StartsAt).Select(s => (DateTimeOffset?)s.StartsAt).FirstOrDefault(), o.Sessions.Count()))
            .ToPageAsync(pageNumber, cancellationToken: cancellationToken);
    }
}
