using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Identity;

/// <summary>
/// Two-step sign-in is required of the roles that can change who has access or see individual
/// ratings: district administrators and human resources (unless their district turned the
/// requirement off) and system administrators (unless <c>Beacon:TwoFactor:RequiredForSystemAdministrators</c>
/// is false). Such a person without it gets <see cref="SetupRequiredClaim"/> at sign-in, and every page
/// but the account's own sends them to set it up; turning it on rebuilds the cookie without the claim.
/// A session opened with a passkey counts as two-step (<see cref="Passkeys.SignedInWithPasskey"/>):
/// the policy asks for an authenticator code only after a password.
/// </summary>
public static class TwoFactorPolicy
{
    public const string SetupRequiredClaim = "beacon:2fa-setup";

    public static readonly IReadOnlyList<string> DistrictRoles = [Roles.DistrictAdministrator, Roles.HumanResources];

    public static async Task<bool> RequiresSetupAsync(BeaconUser user, IReadOnlyCollection<string> roles, BeaconDbContext db, IConfiguration configuration)
    {
        if (user.TwoFactorEnabled)
        {
            return false;
        }
        if (roles.Contains(Roles.SystemAdministrator) && configuration.GetValue("Beacon:TwoFactor:RequiredForSystemAdministrators", true))
        {
            return true;
        }
        if (user.DistrictId is not { } districtId || !roles.Any(DistrictRoles.Contains))
        {
            return false;
        }
        // Built before the district is in scope (at sign-in), for the account's own district only.
        return await db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
            .Where(d => d.Id == districtId)
            .Select(d => d.TwoFactorRequiredForAdministrators)
            .FirstOrDefaultAsync();
    }

    /// <summary>After authentication: a person who must set up two-step sign-in reaches only the account pages until they do.</summary>
    public static WebApplication UseBeaconTwoFactorPolicy(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // A passkey is a strong sign-in on its own (possession of the device plus its PIN or biometric).
            if (context.User.HasClaim(SetupRequiredClaim, "true") && !context.User.SignedInWithPasskey() && !IsAllowedDuringSetup(context.Request.Path))
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsJsonAsync(new { error = "Set up two-step sign-in at /Account/Manage/EnableAuthenticator first: your role requires it." });
                    return;
                }
                context.Response.Redirect("/Account/Manage/EnableAuthenticator");
                return;
            }
            await next(context);
        });
        return app;
    }

    private static bool IsAllowedDuringSetup(PathString path) =>
        path.StartsWithSegments("/Account") || path.StartsWithSegments("/Error") || path.StartsWithSegments("/health");
}
