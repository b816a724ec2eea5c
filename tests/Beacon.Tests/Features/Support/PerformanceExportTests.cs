using System.Globalization;
using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Imports.Reading;
using MiniExcelLibs;

namespace Beacon.Tests.Features.Support;

/// <summary>
/// The school performance view exported as CSV and XLSX: the page's rows in the page's order with
/// its figures. Reading is the only measure with values, so a school's
/// score is its reading value: Harbor 40 → 50 (up 10.0), Summit 80 → 70 (down 10.0).
/// </summary>
[Trait("Category", "Database")]
public class PerformanceExportTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<BrowserlessClient> ArrangeAsync(string role = Roles.DistrictLeader)
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Harbor Elementary", "Summit Middle");
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var earlier = new SchoolYear { Name = "2024-25", StartsOn = new DateOnly(2024, 8, 15), EndsOn = new DateOnly(2025, 6, 15) };
            var latest = new SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 8, 15), EndsOn = new DateOnly(2026, 6, 15) };
            var reading = new Measure { Code = "reading", Name = "Reading (%)" };
            db.AddRange(earlier, latest, reading,
                new SchoolMetric { SchoolId = schools["Harbor Elementary"], SchoolYear = earlier, Measure = reading, Value = 40 },
                new SchoolMetric { SchoolId = schools["Harbor Elementary"], SchoolYear = latest, Measure = reading, Value = 50 },
                new SchoolMetric { SchoolId = schools["Summit Middle"], SchoolYear = earlier, Measure = reading, Value = 80 },
                new SchoolMetric { SchoolId = schools["Summit Middle"], SchoolYear = latest, Measure = reading, Value = 70 });
            await db.SaveChangesAsync();
        });
        return await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, role));
    }

    [Fact]
    public async Task ExportCsv_PerformanceView_HasThePagesRowsOrderAndFigures()
    {
        using var leader = await ArrangeAsync();
        var page = WebUtility.HtmlDecode(await leader.GetPageAsync("/Support"));

        var response = await leader.GetAsync("/Support?handler=Export&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        // Read back with Beacon's own CSV reader, the one imports use.
        var problems = new List<ImportProblem>();
        var table = CsvTableReader.Read("export.csv", await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), problems)!;
        Assert.Empty(problems);
        string[] Cells(string header) => table.Rows.Select(r => r[table.Column(header)]).ToArray();
        Assert.Equal(["School", "Score 2024-25", "Score 2025-26", "Trend", "Below threshold", "Open flags", "Tier of support"], table.Headers);
        Assert.Equal(["Harbor Elementary", "Summit Middle"], Cells("School"));
        Assert.Equal(["50", "70"], Cells("Score 2025-26"));
        Assert.Equal(["40", "80"], Cells("Score 2024-25"));
        Assert.Equal(["up 10.0", "down 10.0"], Cells("Trend"));
        Assert.Equal(["0", "0"], Cells("Open flags"));
        Assert.Equal(["None", "None"], Cells("Tier of support"));
        Assert.True(page.IndexOf("Harbor Elementary", StringComparison.Ordinal) < page.IndexOf("Summit Middle", StringComparison.Ordinal));
        Assert.Contains("up 10.0", page);
        Assert.Contains("down 10.0", page);
    }

    [Fact]
    public async Task ExportXlsx_PerformanceView_HasTheSameRows()
    {
        using var leader = await ArrangeAsync();

        var response = await leader.GetAsync("/Support?handler=Export&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["Harbor Elementary", "Summit Middle"], rows.Select(r => r["School"]?.ToString()));
        Assert.Equal([50d, 70d], rows.Select(r => Convert.ToDouble(r["Score 2025-26"], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("pdf", HttpStatusCode.BadRequest)]
    [InlineData(null, HttpStatusCode.BadRequest)]
    public async Task Export_UnknownFormat_IsRefused(string? format, HttpStatusCode expected)
    {
        using var leader = await ArrangeAsync();

        var response = await leader.GetAsync($"/Support?handler=Export{(format is null ? "" : $"&format={format}")}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Export_Teacher_IsForbidden()
    {
        using var teacher = await ArrangeAsync(Roles.Teacher);

        await AccessAssert.ForbiddenAsync(teacher, "/Support?handler=Export&format=csv");
    }
}
