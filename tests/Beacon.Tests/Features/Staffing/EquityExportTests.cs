using System.Globalization;
using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Identity;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Beacon.Tests.Features.Staffing;

/// <summary>
/// The equity export read back, against the page. The fixture's 2025-26 figures are in
/// <see cref="EquityFixture"/>. A year earlier, 2024-25, has the same staff recorded but no poverty
/// metrics, so the school records rank it: Q2 School (30%) is lowest and Q1 Low Poverty (95%) is
/// highest. Its gap is Q1 Low Poverty's shares minus Q2 School's (all zero): +40.0 inexperienced,
/// 0 ineffective, 0 uncertified, 0 out of field, +60.0 highly effective.
/// </summary>
[Trait("Category", "Database")]
public class EquityExportTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static readonly string[] Shares = ["Inexperienced", "Rated ineffective", "Uncertified", "Out of field", "Highly effective"];

    private async Task<(BrowserlessClient Leader, Guid Year)> ArrangeAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        await factory.InScopeAsync(district.Id, async (sp, db) =>
        {
            var earlier = new SchoolYear { Name = "2024-25", StartsOn = new(2024, 8, 1), EndsOn = new(2025, 6, 30) };
            db.SchoolYears.Add(earlier);
            await db.SaveChangesAsync();
            await sp.GetRequiredService<StaffingRecorder>().RecordAsync(earlier.Id);
        });
        var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        return (leader, year);
    }

    [Fact]
    public async Task ExportCsv_Report_MatchesThePageAndTheHandComputedGap()
    {
        var (leader, year) = await ArrangeAsync();
        using var _ = leader;
        var page = WebUtility.HtmlDecode(await leader.GetPageAsync($"/Staffing/Equity?year={year}"));

        var response = await leader.GetAsync($"/Staffing/Equity?handler=Export&format=csv&year={year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var rows = ReadCsv(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        AssertMatchesPage(rows, page);
    }

    [Fact]
    public async Task ExportXlsx_Report_MatchesThePageAndTheHandComputedGap()
    {
        var (leader, year) = await ArrangeAsync();
        using var _ = leader;
        var page = WebUtility.HtmlDecode(await leader.GetPageAsync($"/Staffing/Equity?year={year}"));

        var response = await leader.GetAsync($"/Staffing/Equity?handler=Export&format=xlsx&year={year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => Convert.ToString(c.Value, CultureInfo.InvariantCulture) ?? ""))
            .ToList();
        AssertMatchesPage(rows, page);
    }

    [Fact]
    public async Task Export_UnknownFormat_BadRequest()
    {
        var (leader, year) = await ArrangeAsync();
        using var _ = leader;

        var response = await leader.GetAsync($"/Staffing/Equity?handler=Export&format=pdf&year={year}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static void AssertMatchesPage(IReadOnlyList<Dictionary<string, string>> rows, string page)
    {
        var quartiles = rows.Where(r => r["Section"] == EquityExport.QuartileSection).ToList();
        Assert.Equal(["Q1", "Q2", "Q3", "Q4"], quartiles.Select(r => r["Quartile or year"]));
        foreach (var (row, quartile) in quartiles.Select((r, i) => (r, i + 1)))
        {
            var cells = EquityImportTests.Cells(page, quartile);
            Assert.Equal(cells[0], row["Schools"]);
            Assert.Equal(cells[1], $"{Number(row["Ranked from"], "0.#")}–{Number(row["Ranked to"], "0.#")}%");
            Assert.Equal(cells[2], Number(row["Teacher FTE"], "0.#"));
            Assert.Equal(cells.Skip(3).Take(5), Shares.Select(s => Number(row[s], "0.0") + "%"));
            Assert.Equal(cells[8], Number(row["Pupils per teacher"], "0.0"));
            Assert.Equal(cells[9], Number(row["Support staff per 100 pupils"], "0.00"));
        }
        Assert.Equal(["40", "0", "0", "0", "60"], Shares.Select(s => Number(quartiles[0][s], "0.#")));

        var gap = Assert.Single(rows, r => r["Section"] == EquityExport.GapSection);
        Assert.Equal(["10", "50", "25", "25", "-35"], Shares.Select(s => Number(gap[s], "0.#")));

        var trend = rows.Where(r => r["Section"] == EquityExport.TrendSection).ToList();
        Assert.Equal(["2024-25", "2025-26"], trend.Select(r => r["Quartile or year"]));
        Assert.Equal(["40", "0", "0", "0", "60"], Shares.Select(s => Number(trend[0][s], "0.#")));
        foreach (var year in trend)
        {
            var start = page.IndexOf($"data-trend-year=\"{year["Quartile or year"]}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"the page has no trend row for {year["Quartile or year"]}");
            var line = page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
            foreach (var share in Shares)
            {
                var value = double.Parse(year[share], CultureInfo.InvariantCulture);
                Assert.Contains($">{(value > 0 ? "+" : "")}{value.ToString("0.0", CultureInfo.InvariantCulture)}<", line);
            }
        }
    }

    private static string Number(string text, string format) =>
        double.Parse(text, CultureInfo.InvariantCulture).ToString(format, CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(EquityExport.Columns.ToDictionary(c => c.Header, c => reader.GetString(c.Header)));
        }
        return rows;
    }
}
