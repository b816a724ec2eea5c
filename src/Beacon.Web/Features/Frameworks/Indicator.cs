using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// One thing a team rates. Its <see cref="Code"/> is unique within the version and stays the same
/// across versions, which is how results of cycles on different versions are compared.
/// </summary>
public class Indicator : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid FrameworkVersionId { get; set; }
    public Guid DomainId { get; set; }
    public FrameworkDomain? Domain { get; set; }

    /// <summary>Order within its domain.</summary>
    public int Position { get; set; }

    public required string Code { get; set; }

    /// <summary>The short statement a team rates.</summary>
    public required string Text { get; set; }

    public string? Description { get; set; }

    /// <summary>Where the indicator comes from, e.g. the document a shipped pack paraphrases.</summary>
    public string? Citation { get; set; }
}
