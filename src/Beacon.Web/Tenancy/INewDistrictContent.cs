namespace Beacon.Web.Tenancy;

/// <summary>
/// What a feature gives every new district (the built-in measures, the framework content packs).
/// Features implement it and register it with <c>AddNewDistrictContent</c>, so the provisioner in
/// plumbing never names a feature.
/// </summary>
public interface INewDistrictContent
{
    /// <summary>Adds the content to the unit of work while the new district is in scope; the provisioner saves it with the district.</summary>
    void AddTo(District district);
}
