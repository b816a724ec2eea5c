namespace Beacon.Web.Tenancy;

/// <summary>
/// A record that belongs to one district. The tenant query filter and the
/// <see cref="DistrictStampInterceptor"/> act on every type that implements this.
/// </summary>
public interface IDistrictOwned
{
    Guid DistrictId { get; set; }
}
