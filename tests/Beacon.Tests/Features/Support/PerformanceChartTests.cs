using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Support;

/// <summary>Each school's sparkline on the performance list holds exactly the scores of its row.</summary>
[Trait("Category", "Database")]
public class PerformanceChartTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Performance_ThreeYearsOneMissing_SparklinesEqualTheRowsScoresAndTrendColour()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Rising", "Falling", "Gap");
        var values = new Dictionary<string, double?[]>
        {
            ["Rising"] = [40, 45.5, 52],
            ["Falling"] = [70, 64, 61.25],
            ["Gap"] = [55, null, 58],
        };
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var years = Enumerable.Range(2023, 3).Select(y => new SchoolYear { Name = $"{y}-{(y + 1) % 100}", StartsOn = new DateOnly(y, 8, 15), EndsOn = new DateOnly(y + 1, 6, 15) }).ToList();
            var reading = new Measure { Code = "reading", Name = "Reading (%)" };
            db.AddRange(years);
            db.Add(reading);
            foreach (var (name, scores) in values)
            {
                db.AddRange(scores.Select((v, i) => (v, i)).Where(x => x.v is not null)
                    .Select(x => new SchoolMetric { SchoolId = schools[name], SchoolYear = years[x.i], Measure = reading, Value = x.v!.Value }));
            }
            await db.SaveChangesAsync();
        });
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var page = ChartReader.Parse(await leader.GetPageAsync("/Support"));

        var rows = page.QuerySelectorAll("table[data-testid=performance] tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            var name = row.QuerySelector("th a")!.TextContent.Trim();
            var cells = row.QuerySelectorAll("td.num").Take(3).Select(td => td.TextContent.Trim()).ToList();
            var sparkline = row.QuerySelector("svg.sparkline")!;
            var drawn = sparkline.GetAttribute("data-values")!.Split(',').Select(v => v.Length == 0 ? "—" : v).ToList();
            Assert.Equal(cells, drawn);
            Assert.Equal("img", sparkline.GetAttribute("role"));
            Assert.StartsWith($"{name}, score by year: 2023-24 {cells[0]}", sparkline.GetAttribute("aria-label"), StringComparison.Ordinal);
        }
        string TrendOf(string name) => rows.Single(r => r.QuerySelector("th a")!.TextContent.Trim() == name).QuerySelector("span.trend")!.ClassName!;
        Assert.Equal("trend up", TrendOf("Rising"));
        Assert.Equal("trend down", TrendOf("Falling"));
        // The gap year leaves no previous score to compare with.
        Assert.Equal("trend", TrendOf("Gap"));
        var gap = rows.Single(r => r.QuerySelector("th a")!.TextContent.Trim() == "Gap").QuerySelector("svg.sparkline")!;
        Assert.Empty(gap.QuerySelectorAll("polyline"));
        Assert.Equal(1, gap.QuerySelectorAll("circle").Length);
    }
}
