namespace Beacon.Web.Data.Seeding;

/// <summary>
/// A feature's part of the demo district, added once the district, its data and its demo accounts
/// exist. Features register it with <c>AddDemoContent</c>, so the seeder in plumbing never names a
/// feature's services or catalogues (it writes only the records every feature shares).
/// </summary>
public interface IDemoContent
{
    /// <summary>Adds and saves the content; the demo district is in scope and the seeder acts as "Demo seeder".</summary>
    Task AddAsync(DemoDistrict demo, CancellationToken cancellationToken);
}

/// <summary>The demo district as the seeder leaves it for the features' content.</summary>
/// <param name="PrincipalSchoolId">The school of the demo principal's account, if they have one.</param>
public sealed record DemoDistrict(Guid DistrictId, Guid? PrincipalSchoolId, DateTimeOffset Now);
