using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Identity;

/// <summary>
/// A person who signs in. Belongs to exactly one district, except system administrators,
/// who belong to none and administer the deployment.
/// </summary>
public class BeaconUser : IdentityUser
{
    public Guid? DistrictId { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>The staff record this account is for, which gives a school leader or teacher their schools.</summary>
    public Guid? StaffMemberId { get; set; }
}
