using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using CsvHelper;
using MiniExcelLibs;

namespace Beacon.Tests.Features.Schools;

[Trait("Category", "Database")]
public class SchoolExportTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const string Formula = "=cmd|' /C calc'!A0";

    private async Task<BrowserlessClient> ClientAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var other = await factory.CreateDistrictAsync();
        await factory.SaveAsync(other, ListData.School("Oak Hollow Elsewhere"));
        await factory.SaveAsync(district,
            ListData.School("Oakridge Elementary", enrollment: 300, poverty: 41.5),
            ListData.School("Cedar Oaks Middle", enrollment: 700),
            ListData.School("Birch High", enrollment: 1500),
            ListData.School(Formula, enrollment: 10));
        return await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));
    }

    [Fact]
    public async Task Export_CsvWithSearchAndSort_ExactlyTheFilteredRowsInScreenOrder()
    {
        using var client = await ClientAsync();
        var screen = PageText.FirstColumn(await client.GetPageAsync("/Schools?q=oak&sort=-enrollment"));

        var response = await client.GetAsync("/Schools?q=oak&sort=-enrollment&handler=Export&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("schools.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        var rows = new List<(string Name, string Enrollment, string Poverty)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString("Name"), csv.GetString("Enrollment"), csv.GetString("Poverty %")));
        }
        Assert.Equal(["Cedar Oaks Middle", "Oakridge Elementary"], rows.Select(r => r.Name));
        Assert.Equal(screen, rows.Select(r => r.Name));
        Assert.Equal(("Oakridge Elementary", "300", "41.5"), rows[1]);
    }

    [Fact]
    public async Task Export_Csv_FormulaNameNeutralisedWithApostrophe()
    {
        using var client = await ClientAsync();

        var bytes = await client.Http.GetByteArrayAsync("/Schools?handler=Export&format=csv", TestContext.Current.CancellationToken);

        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        var names = new List<string>();
        while (csv.Read())
        {
            names.Add(csv.GetString("Name"));
        }
        Assert.Contains("'" + Formula, names);
        Assert.DoesNotContain(Formula, names);
        Assert.Equal(4, names.Count);
    }

    [Fact]
    public async Task Export_Xlsx_FormulaNeutralisedAndEnrollmentNumeric()
    {
        using var client = await ClientAsync();

        var response = await client.GetAsync("/Schools?handler=Export&format=xlsx&sort=enrollment");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["'" + Formula, "Oakridge Elementary", "Cedar Oaks Middle", "Birch High"], rows.Select(r => (string?)r["Name"]));
        Assert.Equal(1500d, Convert.ToDouble(rows[3]["Enrollment"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Export_UnknownFormat_BadRequest()
    {
        using var client = await ClientAsync();

        var response = await client.GetAsync("/Schools?handler=Export&format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Index_ExportLinks_CarryTheSearchAndSort()
    {
        using var client = await ClientAsync();

        var page = await client.GetPageAsync("/Schools?q=oak&sort=-enrollment");

        Assert.Contains("href=\"/Schools?q=oak&amp;sort=-enrollment&amp;handler=Export&amp;format=csv\"", page);
        Assert.Contains("href=\"/Schools?q=oak&amp;sort=-enrollment&amp;handler=Export&amp;format=xlsx\"", page);
    }
}
