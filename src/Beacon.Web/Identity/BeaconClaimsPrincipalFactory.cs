using System.Security.Claims;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Identity;

/// <summary>Puts the user's district and display name into the sign-in cookie; tenancy reads the district from there.</summary>
public sealed class BeaconClaimsPrincipalFactory(
    UserManager<BeaconUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
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
        return identity;
    }
}
