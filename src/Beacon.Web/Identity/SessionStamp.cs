using System.Security.Claims;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Identity;

/// <summary>
/// Ends a session on the server: every request compares the cookie's security stamp with the
/// account's, so once sign-out or a password change renews the stamp, every copy of an older cookie
/// is refused at its next request. One indexed read of one column; Identity's own validator still
/// rebuilds the roles once a minute.
/// </summary>
public static class SessionStamp
{
    public const string QueryTag = "beacon:session-stamp";

    public static void CheckOnEveryRequest(CookieAuthenticationOptions options)
    {
        var identityValidator = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            if (!await IsCurrentAsync(context))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await identityValidator(context);
        };
    }

    private static async Task<bool> IsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var stampType = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>()
            .Value.ClaimsIdentity.SecurityStampClaimType;
        if (principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || principal.FindFirstValue(stampType) is not { } stamp)
        {
            return false;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<BeaconDbContext>();
        // The account's own row by its id: no district is resolved yet at this point of the request.
        var current = await db.Users.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
            .TagWith(QueryTag)
            .Where(u => u.Id == userId)
            .Select(u => u.SecurityStamp)
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
