using Beacon.Web.Data;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Metrics;

/// <summary>The measures every district starts with: enrollment and poverty share, which staffing and support read.</summary>
public sealed class BuiltInMeasures(BeaconDbContext db) : INewDistrictContent
{
    public void AddTo(District district) =>
        db.Measures.AddRange(
            new Measure { Code = Measure.EnrollmentCode, Name = "Enrollment", HigherIsBetter = true },
            new Measure { Code = Measure.PovertyCode, Name = "Students in poverty (%)", HigherIsBetter = false });
}
