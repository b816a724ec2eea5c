using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.SelfAssessment;

[Trait("Category", "Database")]
public class CycleViewsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Change_SecondCycleOfTheSameSchool_ShowsChangePerIndicatorSinceTheFirst()
    {
        var s = await CycleScenario.CreateAsync(factory);
        var (first, second, other) = await factory.InScopeAsync(s.District.Id, async (_, db) =>
        {
            var version = await db.Frameworks.Where(f => f.Id == s.FrameworkId).Select(f => f.CurrentVersionId).SingleAsync();
            var indicators = await db.Indicators.Where(i => i.FrameworkVersionId == version).ToDictionaryAsync(i => i.Code, i => i.Id);
            var first = NewCycle(s, version, s.SchoolA, "2025 assessment", 2025);
            var second = NewCycle(s, version, s.SchoolA, "2026 assessment", 2026);
            var other = NewCycle(s, version, s.SchoolB, "Birch 2025", 2025);
            db.AddRange(first, second, other);
            db.ConsensusRatings.AddRange(
                Consensus(first, indicators["CH.1"], 1), Consensus(first, indicators["CH.2"], 3),
                Consensus(second, indicators["CH.1"], 3), Consensus(second, indicators["CH.2"], 2), Consensus(second, indicators["CH.3"], 4),
                Consensus(other, indicators["CH.3"], 1));
            await db.SaveChangesAsync();
            return (first.Id, second.Id, other.Id);
        });
        using var leader = await s.SignInAsync(s.Leader);

        var page = System.Net.WebUtility.HtmlDecode(await leader.GetPageAsync($"/SelfAssessment/Change/{second}"));
        var firstPage = await leader.GetPageAsync($"/SelfAssessment/Change/{first}");

        Assert.Contains("Compared with", page, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"CH\.1 <span[^>]*>[^<]*</span></th>\s*<td>Not yet evident</td>\s*<td>Developing</td>\s*<td>Up 2 levels</td>"), page);
        Assert.Matches(new Regex(@"CH\.2 <span[^>]*>[^<]*</span></th>\s*<td>Developing</td>\s*<td>Emerging</td>\s*<td>Down 1 level</td>"), page);
        Assert.Matches(new Regex(@"CH\.3 <span[^>]*>[^<]*</span></th>\s*<td>—</td>\s*<td>Embedded</td>\s*<td>—</td>"), page);
        Assert.DoesNotContain("Birch 2025", page, StringComparison.Ordinal);
        Assert.Contains("This is the first cycle", firstPage, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, other);
    }

    [Fact]
    public async Task Priorities_AcrossTheDistrict_CountsLatestCyclesOnlyAndListsWhere()
    {
        var s = await CycleScenario.CreateAsync(factory);
        await factory.InScopeAsync(s.District.Id, async (_, db) =>
        {
            var version = await db.Frameworks.Where(f => f.Id == s.FrameworkId).Select(f => f.CurrentVersionId).SingleAsync();
            var indicators = await db.Indicators.Where(i => i.FrameworkVersionId == version).ToDictionaryAsync(i => i.Code, i => i.Id);
            var oldA = NewCycle(s, version, s.SchoolA, "Alder 2025", 2025);
            var newA = NewCycle(s, version, s.SchoolA, "Alder 2026", 2026);
            var b = NewCycle(s, version, s.SchoolB, "Birch 2026", 2026);
            var district = NewCycle(s, version, null, "District 2026", 2026);
            db.AddRange(oldA, newA, b, district);
            db.CyclePriorities.AddRange(
                Priority(oldA, indicators["FO.1"]),
                Priority(newA, indicators["CH.1"]), Priority(newA, indicators["CO.2"]),
                Priority(b, indicators["CH.1"]),
                Priority(district, indicators["CO.3"]));
            db.ConsensusRatings.Add(Consensus(newA, indicators["CH.1"], 2));
            await db.SaveChangesAsync();
        });
        using var leader = await s.SignInAsync(s.Leader);

        var page = await leader.GetPageAsync("/SelfAssessment/Priorities");

        Assert.Matches(new Regex(@"CH\.1 <span[^>]*>[^<]*</span></th>\s*<td class=""num"">2</td>"), page);
        Assert.Matches(new Regex(@"CO\.2 <span[^>]*>[^<]*</span></th>\s*<td class=""num"">1</td>"), page);
        Assert.DoesNotContain("FO.1", page, StringComparison.Ordinal);
        Assert.Contains("<td>The district</td>", page, StringComparison.Ordinal);
        Assert.Contains("Alder 2026", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Alder 2025", page, StringComparison.Ordinal);
        Assert.Contains("<td>Emerging</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Priorities_Teacher_Refused()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var teacher = await s.SignInAsync(s.TeacherOfB);

        CycleScenario.AssertForbidden(await teacher.GetAsync("/SelfAssessment/Priorities"));
    }

    private static AssessmentCycle NewCycle(CycleScenario s, Guid version, Guid? school, string name, int year) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name,
        FrameworkId = s.FrameworkId,
        FrameworkVersionId = version,
        SchoolId = school,
        Status = year < 2026 ? CycleStatus.Closed : CycleStatus.Open,
        OpenedAt = new DateTimeOffset(year, 10, 1, 0, 0, 0, TimeSpan.Zero),
        OpenedBy = "test",
    };

    private static ConsensusRating Consensus(AssessmentCycle cycle, Guid indicator, int level) =>
        new() { CycleId = cycle.Id, IndicatorId = indicator, Level = level, UpdatedBy = "test" };

    private static CyclePriority Priority(AssessmentCycle cycle, Guid indicator) =>
        new() { CycleId = cycle.Id, IndicatorId = indicator, MarkedBy = "test" };
}
