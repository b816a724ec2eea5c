using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;

namespace Beacon.Tests.Features.Support;

/// <summary>A handful of named schools in a test district, ids by name.</summary>
public static class SupportFixture
{
    public static Task<Dictionary<string, Guid>> SchoolsAsync(BeaconFactory factory, TestDistrict district, params string[] names) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var schools = names.Select((n, i) => new School { Id = Guid.CreateVersion7(), SourceId = $"S{i}", Name = n }).ToList();
            db.Schools.AddRange(schools);
            await db.SaveChangesAsync();
            return schools.ToDictionary(s => s.Name, s => s.Id);
        });
}
