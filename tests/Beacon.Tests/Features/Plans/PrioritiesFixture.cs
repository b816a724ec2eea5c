using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.SelfAssessment;

namespace Beacon.Tests.Features.Plans;

/// <summary>Frameworks and self-assessment cycles with chosen priorities, made directly for plan tests.</summary>
public static class PrioritiesFixture
{
    public static Task<Guid> FrameworkAsync(BeaconFactory factory, TestDistrict district, string name, params string[] codes) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var framework = FrameworkEntities.NewFramework(new FrameworkDocument
            {
                Name = name,
                Rubric = DefaultRubric.Levels(),
                Domains = [new DomainDocument("D", "Domain") { Indicators = codes.Select(c => new IndicatorDocument(c, $"Indicator {c}")).ToList() }],
            }, null, adopted: true, "test", DateTimeOffset.UtcNow);
            db.Add(framework);
            await db.SaveChangesAsync();
            return framework.Id;
        });

    public static Task CycleAsync(BeaconFactory factory, TestDistrict district, Guid frameworkId, Guid? schoolId, DateTimeOffset openedAt, params string[] priorities) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var framework = db.Frameworks.First(f => f.Id == frameworkId);
            var cycle = new AssessmentCycle
            {
                Id = Guid.CreateVersion7(),
                Name = $"Cycle {openedAt:yyyy-MM-dd}",
                FrameworkId = frameworkId,
                FrameworkVersionId = framework.CurrentVersionId,
                SchoolId = schoolId,
                OpenedAt = openedAt,
                OpenedBy = "test",
            };
            db.Add(cycle);
            foreach (var code in priorities)
            {
                var indicator = db.Indicators.First(i => i.FrameworkVersionId == framework.CurrentVersionId && i.Code == code);
                db.Add(new CyclePriority { CycleId = cycle.Id, IndicatorId = indicator.Id, MarkedBy = "test" });
            }
            await db.SaveChangesAsync();
        });
}
