using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Data.Figures;

/// <summary>
/// The version of one named set of a district's figures that pages compute from many rows and keep
/// in memory (<see cref="FigureCache"/>). <see cref="FigureVersionInterceptor"/> gives it a new value
/// in the same save, and so the same transaction, as any change to the rows the figures come from;
/// a node whose cached figures carry another version computes them again. A new random value rather
/// than a counter, so two writers never leave the same version behind different data.
/// </summary>
public class FigureVersion : IDistrictOwned, INotAudited
{
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public Guid Version { get; set; }
}

/// <summary>The entity types whose changes make the figures called <paramref name="Name"/> out of date.</summary>
public sealed record FigureSource(string Name, IReadOnlySet<Type> Types);
