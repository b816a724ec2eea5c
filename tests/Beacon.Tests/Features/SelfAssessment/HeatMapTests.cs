using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.SelfAssessment;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.SelfAssessment;

[Trait("Category", "Database")]
public class HeatMapTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    [Fact]
    public async Task HeatMap_FortySchools_RendersInOneDatabaseRoundTrip()
    {
        var district = await factory.CreateDistrictAsync();
        var (frameworkId, expected) = await SeedFortySchoolsAsync(district);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);
        var url = $"/SelfAssessment/HeatMap?framework={frameworkId}";

        var page = await client.GetPageAsync(url);

        var commands = factory.Counter.For(url);
        Assert.True(commands.Count == 1, $"{commands.Count} commands:\n{string.Join("\n---\n", commands)}");
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Heat map of 40 schools on Characteristics of strong districts", page, StringComparison.Ordinal);
        foreach (var (school, code, label) in expected)
        {
            Assert.Contains($"{WebUtility.HtmlEncode(school)}, {code}: {label}", page, StringComparison.Ordinal);
        }
        Assert.Contains("<caption>Consensus level per school and indicator (latest closed cycle)</caption>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeatMap_OpenCycleAndOlderClosedOne_ShowsTheLatestClosedOnly()
    {
        var district = await factory.CreateDistrictAsync();
        var (frameworkId, school) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var school = new School { SourceId = "s", Name = "Cedar Park Elementary" };
            db.Schools.Add(school);
            var framework = await db.Frameworks.SingleAsync(f => f.PackKey == "tlc-principles");
            framework.Adopted = true;
            var ch1 = await db.Indicators.SingleAsync(i => i.FrameworkVersionId == framework.CurrentVersionId && i.Code == "CH.1");
            var old = Cycle(framework, school.Id, "2024", CycleStatus.Closed, new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero));
            var newer = Cycle(framework, school.Id, "2025", CycleStatus.Closed, new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero));
            var open = Cycle(framework, school.Id, "2026", CycleStatus.Open, new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
            db.AddRange(old, newer, open);
            db.ConsensusRatings.AddRange(
                new ConsensusRating { CycleId = old.Id, IndicatorId = ch1.Id, Level = 1, UpdatedBy = "t" },
                new ConsensusRating { CycleId = newer.Id, IndicatorId = ch1.Id, Level = 3, UpdatedBy = "t" },
                new ConsensusRating { CycleId = open.Id, IndicatorId = ch1.Id, Level = 4, UpdatedBy = "t" });
            await db.SaveChangesAsync();
            return (framework.Id, school.Name);
        });
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var page = await client.GetPageAsync($"/SelfAssessment/HeatMap?framework={frameworkId}");

        Assert.Contains($"{school}, CH.1: Developing", page, StringComparison.Ordinal);
        Assert.Contains("<td>2025</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeatMap_Teacher_Refused()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        CycleScenario.AssertForbidden(await client.GetAsync("/SelfAssessment/HeatMap"));
    }

    /// <summary>40 schools; 30 with a closed cycle on strong districts, one of them rated on version 1 before the framework was edited.</summary>
    private async Task<(Guid FrameworkId, List<(string School, string Code, string Label)> Expected)> SeedFortySchoolsAsync(TestDistrict district)
    {
        var (frameworkId, oldVersionSchool) = await factory.InScopeAsync(district.Id, async (sp, db) =>
        {
            var schools = Enumerable.Range(0, 40).Select(n => new School { SourceId = $"s{n}", Name = $"School {n:00} & Annex" }).ToList();
            db.Schools.AddRange(schools);
            var framework = await db.Frameworks.SingleAsync(f => f.PackKey == "strong-districts");
            framework.Adopted = true;
            await db.SaveChangesAsync();
            var v1 = await db.Indicators.Where(i => i.FrameworkVersionId == framework.CurrentVersionId).ToListAsync();
            var first = Cycle(framework, schools[0].Id, "On version 1", CycleStatus.Closed, DateTimeOffset.UtcNow.AddDays(-400));
            db.AssessmentCycles.Add(first);
            db.ConsensusRatings.AddRange(v1.Select(i => new ConsensusRating { CycleId = first.Id, IndicatorId = i.Id, Level = 2, UpdatedBy = "t" }));
            await db.SaveChangesAsync();

            var store = sp.GetRequiredService<FrameworkStore>();
            var document = (await store.LoadAsync(framework.Id))!;
            document.Domains[0].Indicators[0] = document.Domains[0].Indicators[0] with { Text = "Reworded in version 2." };
            Assert.Equal(FrameworkChange.NewVersion, await store.SaveAsync(framework.Id, document));
            var v2 = await db.Indicators.Where(i => i.FrameworkVersionId == framework.CurrentVersionId).ToListAsync();
            foreach (var (school, n) in schools.Skip(1).Take(29).Select((s, n) => (s, n)))
            {
                var cycle = Cycle(framework, school.Id, $"Cycle {n}", CycleStatus.Closed, DateTimeOffset.UtcNow.AddDays(-n));
                cycle.FrameworkVersionId = framework.CurrentVersionId;
                db.AssessmentCycles.Add(cycle);
                db.ConsensusRatings.AddRange(v2.Select(i => new ConsensusRating { CycleId = cycle.Id, IndicatorId = i.Id, Level = 1 + (n + i.Position) % 4, UpdatedBy = "t" }));
            }
            await db.SaveChangesAsync();
            return (framework.Id, schools[0].Name);
        });
        return (frameworkId, [(oldVersionSchool, "1.1", "Emerging"), ("School 01 & Annex", "1.1", "Not yet evident"), ("School 39 & Annex", "1.1", "no consensus")]);
    }

    private static AssessmentCycle Cycle(Framework framework, Guid schoolId, string name, CycleStatus status, DateTimeOffset openedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name,
        FrameworkId = framework.Id,
        FrameworkVersionId = framework.CurrentVersionId,
        SchoolId = schoolId,
        Status = status,
        OpenedAt = openedAt,
        OpenedBy = "test",
        ClosedAt = status == CycleStatus.Closed ? openedAt.AddDays(30) : null,
    };
}
