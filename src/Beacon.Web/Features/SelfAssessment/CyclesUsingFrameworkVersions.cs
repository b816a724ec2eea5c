using Beacon.Web.Data;
using Beacon.Web.Features.Frameworks;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>Each assessment cycle uses the framework version it was opened on.</summary>
public sealed class CyclesUsingFrameworkVersions(BeaconDbContext db) : IFrameworkVersionUse
{
    public IQueryable<Guid> UsedVersionIds() => db.AssessmentCycles.Select(c => c.FrameworkVersionId);
}
