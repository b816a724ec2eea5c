using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Ui;

/// <summary>Limits of a district's branding, in one place.</summary>
public static class BrandLimits
{
    /// <summary>A header logo is shown at 32 px: 100 KB is plenty, and keeps the district row small.</summary>
    public const int MaxLogoBytes = 100 * 1024;

    /// <summary>White header text on the chosen colour must reach WCAG AA for normal text.</summary>
    public const double MinContrastWithWhite = 4.5;

    /// <summary>How long a node keeps a district's branding before reading it again (another node may have changed it).</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
}

/// <summary>What the layout needs to brand a district's pages.</summary>
public sealed record Brand(string? Colour, bool HasLogo, int Version);

/// <summary>
/// The current district's colour and logo for the layout, kept in memory for a few seconds so a page
/// does not pay a query for it. The statement is tagged, so query-shape tests leave it out like the session check.
/// </summary>
public static class Branding
{
    public const string QueryTag = "beacon:branding";

    public static async Task<Brand?> ForCurrentAsync(HttpContext context)
    {
        if (context.RequestServices.GetRequiredService<CurrentDistrict>().Id is not { } districtId)
        {
            return null;
        }
        var cache = context.RequestServices.GetRequiredService<IMemoryCache>();
        return await cache.GetOrCreateAsync(Key(districtId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = BrandLimits.CacheFor;
            var db = context.RequestServices.GetRequiredService<BeaconDbContext>();
            return await db.Districts.TagWith(QueryTag).Where(d => d.Id == districtId)
                .Select(d => new Brand(d.BrandColour, d.LogoContentType != null, d.BrandVersion))
                .FirstOrDefaultAsync(context.RequestAborted);
        });
    }

    public static void Forget(IMemoryCache cache, Guid districtId) => cache.Remove(Key(districtId));

    private static string Key(Guid districtId) => string.Create(CultureInfo.InvariantCulture, $"brand:{districtId}");
}
