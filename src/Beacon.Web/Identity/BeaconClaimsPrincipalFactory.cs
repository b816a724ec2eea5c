using System.Security.Claims;
using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Identity;

/// <summary>
/// Puts the user's district and display name into the sign-in cookie (tenancy reads the district from
/// there), and whether they must still set up two-step sign-in (<see cref="TwoFactorPolicy"/>).
/// </summary>
public sealed class BeaconClaimsPrincipalFactory(
    UserManager<BeaconUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    BeaconDbContext db,
    IConfiguration configuration)
    : UserClaimsPrincipalFactory<BeaconUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "beacon:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(BeaconUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DistrictId is { } districtId)
        {
            identity.AddClaim(new Claim(CurrentDistrict.ClaimType, districtId.ToString()));
        }
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        var roles = identity.FindAll(identity.RoleClaimType).Select(c => c.Value).ToList();
        if (await TwoFactorPolicy.RequiresSetupAsync(user, roles, db, configuration))
        {
            identity.AddClaim(new Claim(TwoFactorPolicy.SetupRequiredClaim, "true"));
        }
        return identity;
    }
}
