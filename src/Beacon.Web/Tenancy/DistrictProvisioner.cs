using Beacon.Web.Data;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Metrics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tenancy;

/// <summary>Creates a district with what every district starts with (the built-in measures and the framework content packs).</summary>
public sealed class DistrictProvisioner(BeaconDbContext db, CurrentDistrict currentDistrict, ContentPackInstaller contentPacks)
{
    public async Task<District> CreateAsync(string name, string slug, CancellationToken cancellationToken = default)
    {
        var district = new District { Id = Guid.CreateVersion7(), Name = name.Trim(), Slug = slug.Trim().ToLowerInvariant() };
        db.Districts.Add(district);
        using (currentDistrict.Use(district.Id))
        {
            db.Measures.AddRange(
                new Measure { Code = Measure.EnrollmentCode, Name = "Enrollment", HigherIsBetter = true },
                new Measure { Code = Measure.PovertyCode, Name = "Students in poverty (%)", HigherIsBetter = false });
            contentPacks.AddAllToNewDistrict();
            await db.SaveChangesAsync(cancellationToken);
        }
        return district;
    }

    public Task<bool> SlugTakenAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
            .AnyAsync(d => d.Slug == slug.Trim().ToLowerInvariant(), cancellationToken);
}
