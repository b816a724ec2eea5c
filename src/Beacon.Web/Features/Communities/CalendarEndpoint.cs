using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>
/// The subscribable .ics address. Anonymous (calendar apps cannot sign in): the secret token is the
/// authorisation. The token names its district, the request acts for that district, and the feed is
/// then found by the token's hash through the ordinary tenant filter; unknown or revoked answers 404.
/// </summary>
public static class CalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{token}.ics", GetAsync).AllowAnonymous();

    private static async Task<IResult> GetAsync(string token, BeaconDbContext db, CurrentDistrict currentDistrict, CancellationToken cancellationToken)
    {
        if (CalendarTokens.DistrictOf(token) is not { } districtId)
        {
            return Results.NotFound();
        }
        using var _ = currentDistrict.Use(districtId);
        var hash = CalendarTokens.Hash(token);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken);
        if (feed is null)
        {
            return Results.NotFound();
        }
        var communities = db.Communities.AsNoTracking().Include(c => c.Exceptions).Where(c => c.Frequency != null);
        communities = feed.CommunityId is { } communityId
            ? communities.Where(c => c.Id == communityId)
            : communities.Where(c => c.Members.Any(m => m.UserId == feed.UserId));
        var list = await communities.OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var name = feed.CommunityId is null ? "My learning communities" : list.FirstOrDefault()?.Name ?? "Learning community";
        var ics = CalendarBuilder.Write(name, list.Where(c => c.Rule is not null).Select(c => new CalendarSeries(
            c.Id, c.Name, c.Focus, c.Rule!, c.TimeZoneId, c.Exceptions.Select(e => new OccurrenceChange(e.OccursOn, e.MovedTo)).ToList())));
        return Results.Text(ics, "text/calendar; charset=utf-8");
    }
}
