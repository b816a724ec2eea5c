using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;

namespace Beacon.Tests.Features.Schools;

/// <summary>Builders for the schools, staff and metrics that the list tests arrange in their own districts.</summary>
public static class ListData
{
    public static School School(string name, int? enrollment = null, double? poverty = null, string? localCode = null) => new()
    {
        Id = Guid.CreateVersion7(),
        SourceId = $"SRC-{Guid.NewGuid():N}"[..20],
        Name = name,
        LocalCode = localCode,
        GradeBand = GradeBand.Elementary,
        Enrollment = enrollment,
        PovertyPercent = poverty,
    };

    public static StaffMember Staff(string given, string family, params School[] schools)
    {
        var member = new StaffMember
        {
            Id = Guid.CreateVersion7(),
            SourceId = $"T-{Guid.NewGuid():N}"[..20],
            GivenName = given,
            FamilyName = family,
            Email = $"{given}.{family}@test.example".ToLowerInvariant(),
        };
        member.Assignments.AddRange(schools.Select(s => new StaffAssignment { Id = Guid.CreateVersion7(), SchoolId = s.Id }));
        return member;
    }

    /// <summary>Adds <paramref name="entities"/> to <paramref name="district"/> and saves them as one change.</summary>
    public static Task SaveAsync(this BeaconFactory factory, TestDistrict district, params object[] entities) =>
        factory.InScopeAsync(district.Id, (_, db) =>
        {
            db.AddRange(entities);
            return db.SaveChangesAsync();
        });

    public static (SchoolYear Year, Measure Measure) YearAndMeasure(string year, string measureName) => (
        new SchoolYear { Id = Guid.CreateVersion7(), Name = year, StartsOn = new DateOnly(int.Parse(year[..4]), 8, 15), EndsOn = new DateOnly(int.Parse(year[..4]) + 1, 6, 15) },
        new Measure { Id = Guid.CreateVersion7(), Code = measureName.ToLowerInvariant().Replace(' ', '_'), Name = measureName });
}
