using Beacon.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.SelfAssessment.CycleScenario;

namespace Beacon.Tests.Features.SelfAssessment;

/// <summary>A cycle's rating charts draw, per indicator, the counts its results table states.</summary>
[Trait("Category", "Database")]
public class RatingChartTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Cycle_TeamRatesDifferently_EachDomainsBarsEqualItsTable()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicators = await s.IndicatorsAsync(cycleId);
        var position = indicators.Select((i, n) => (i.Code, n)).ToDictionary(x => x.Code, x => x.n);
        for (var m = 0; m < s.Team.Count; m++)
        {
            using var member = await s.SignInAsync(s.Team[m]);
            var shift = m;
            // Levels differ by member and indicator; the third member leaves every fifth indicator unrated.
            await RateAsync(member, cycleId, indicators, code => shift == 2 && position[code] % 5 == 0 ? null : (position[code] + shift) % 4 + 1);
        }
        var levels = await factory.InScopeAsync(s.District.Id, async (_, db) =>
            await db.RubricLevels.Where(l => l.FrameworkVersionId == db.AssessmentCycles.Single(c => c.Id == cycleId).FrameworkVersionId)
                .OrderBy(l => l.Value).Select(l => l.Label).ToListAsync());

        var page = await leader.GetPageAsync($"/SelfAssessment/Cycle/{cycleId}");

        var charts = ChartReader.Parse(page).QuerySelectorAll("svg[role=img]")
            .Where(svg => svg.GetAttribute("aria-label")!.StartsWith("Team's ratings", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(charts);
        var compared = 0;
        foreach (var svg in charts)
        {
            var table = svg.ParentElement!.NextElementSibling!.QuerySelector("table")!;
            var rows = table.QuerySelectorAll("tbody tr").ToList();
            var bars = svg.QuerySelectorAll("g[data-label]").ToList();
            Assert.Equal(rows.Count, bars.Count);
            foreach (var (bar, row) in bars.Zip(rows))
            {
                var code = row.QuerySelector("th a")!.TextContent.Trim();
                Assert.StartsWith(code + " ", bar.GetAttribute("data-label"), StringComparison.Ordinal);
                var stated = row.QuerySelector("td")!.TextContent.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Where(part => part.Contains(':', StringComparison.Ordinal))
                    .Select(part => part.Split(':')).ToDictionary(p => p[0].Trim(), p => int.Parse(p[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
                var expected = levels.Select(l => stated.GetValueOrDefault(l)).ToList();
                Assert.Equal(expected, ChartReader.Numbers(bar.GetAttribute("data-counts")!));
                Assert.Equal(expected.Count(c => c > 0), bar.QuerySelectorAll("rect[data-count]").Length);
                Assert.Equal((position[code] % 5 == 0 ? 2 : 3) + " ratings", bar.QuerySelectorAll("text")[1].TextContent);
                compared++;
            }
        }
        Assert.Equal(indicators.Count, compared);
    }
}
