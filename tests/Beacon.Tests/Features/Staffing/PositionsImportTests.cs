using System.Net;
using Beacon.Tests.Features.Imports;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Beacon.Tests.Features.Imports.ImportTestData;

namespace Beacon.Tests.Features.Staffing;

/// <summary>The staffing-positions import through the API and the pages, and the vacancies it brings to the equity report and the school page.</summary>
[Trait("Category", "Database")]
public class PositionsImportTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const string Valid = """
        school_id,school_year,position_kind,vacancies,extra_positions
        Q4,2025-26,Teacher,2,1
        Q4,2025-26,Counsellor,0.5,
        Q1,2025-26,Teacher,,1.5

        """;

    private async Task<(TestDistrict District, Guid Year, BrowserlessClient Admin)> ArrangeAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityImportTests.ImportAsync(factory, district);
        var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        return (district, year, admin);
    }

    private Task<string> PositionsAsync(Guid districtId) =>
        factory.InScopeAsync(districtId, async (_, db) => string.Join('\n', (await db.StaffingPositions.AsNoTracking()
            .Select(p => new { p.School!.SourceId, Year = p.SchoolYear!.Name, p.PositionKind, p.Vacancies, p.ExtraPositions }).ToListAsync())
            .Select(p => $"{p.SourceId}|{p.Year}|{p.PositionKind}|{p.Vacancies:0.#}|{p.ExtraPositions:0.#}").Order(StringComparer.Ordinal)));

    [Fact]
    public async Task ImportCsv_ValidFile_StoresThePositionsAndTheReportsShowThem()
    {
        var (district, year, admin) = await ArrangeAsync();
        using var _ = admin;

        var response = await PostAsync(admin, "positions", ImportFiles.Utf8(Valid), ImportUpload.CsvType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await ReadAsync(response)).Created);
        Assert.Equal("Q1|2025-26|Teacher|0|1.5\nQ4|2025-26|Counsellor|0.5|0\nQ4|2025-26|Teacher|2|1", await PositionsAsync(district.Id));

        var equity = WebUtility.HtmlDecode(await admin.GetPageAsync($"/Staffing/Equity?year={year}"));
        Assert.Contains("<th scope=\"row\">Q4</th><td class=\"num\">2.5</td><td class=\"num\">1</td><td class=\"num\">0</td>", equity);
        Assert.Contains("<th scope=\"row\">Q1</th><td class=\"num\">0</td><td class=\"num\">1.5</td><td class=\"num\">0</td>", equity);
        var q4 = await factory.InScopeAsync(district.Id, (_, db) => db.Schools.Where(s => s.SourceId == "Q4").Select(s => s.Id).SingleAsync());
        var school = WebUtility.HtmlDecode(await admin.GetPageAsync($"/Staffing/School/{q4}?year={year}"));
        Assert.Contains("<th scope=\"row\">Teacher</th><td class=\"num\">2</td><td class=\"num\">1</td>", school);
        Assert.Contains("<th scope=\"row\">Counsellor</th><td class=\"num\">0.5</td><td class=\"num\">0</td>", school);
    }

    [Fact]
    public async Task ImportXlsx_ValidFile_SameResultAsCsv()
    {
        var (district, _, admin) = await ArrangeAsync();
        using var _ = admin;
        var rows = new[]
        {
            new Dictionary<string, object?> { ["school_id"] = "Q4", ["school_year"] = "2025-26", ["position_kind"] = "Teacher", ["vacancies"] = 2, ["extra_positions"] = 1 },
            new Dictionary<string, object?> { ["school_id"] = "Q4", ["school_year"] = "2025-26", ["position_kind"] = "Counsellor", ["vacancies"] = 0.5, ["extra_positions"] = null },
            new Dictionary<string, object?> { ["school_id"] = "Q1", ["school_year"] = "2025-26", ["position_kind"] = "Teacher", ["vacancies"] = null, ["extra_positions"] = 1.5 },
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);

        var response = await PostAsync(admin, "positions", stream.ToArray(), ImportUpload.XlsxType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Q1|2025-26|Teacher|0|1.5\nQ4|2025-26|Counsellor|0.5|0\nQ4|2025-26|Teacher|2|1", await PositionsAsync(district.Id));
    }

    [Theory]
    [InlineData("school_id,school_year,position_kind,vacancies\nQ4,2025-26,Teacher,1\nQ9,2025-26,Teacher,1\n", 3, "school_id", "is not one of the district's schools")]
    [InlineData("school_id,school_year,position_kind,vacancies\nQ4,2025-26,Teacher,1\nQ4,2025-26,Coach,one\n", 3, "vacancies", "is not a number")]
    [InlineData("school_id,school_year,position_kind,vacancies\nQ4,2025-26,Teacher,1\nQ4,2025-26,Coach,0.25\n", 3, "vacancies", "nearest 0.5")]
    [InlineData("school_id,school_year,position_kind,vacancies\nQ4,2025-26,Teacher,1\nQ4,2025-26,teacher,1\n", 3, "position_kind", "also on line 2")]
    [InlineData("school_id,school_year,position_kind,vacancies\nQ4,2025,Teacher,1\n", 2, "school_year", "e.g. 2025-26")]
    [InlineData("school_id,school_year,vacancies\nQ4,2025-26,1\n", 1, "position_kind", "needs")]
    public async Task ImportCsv_BrokenFile_422WithLineAndReasonAndNothingWritten(string csv, int line, string column, string reason)
    {
        var (district, _, admin) = await ArrangeAsync();
        using var _ = admin;
        var before = await SnapshotAsync(factory, district.Id);

        var response = await PostAsync(admin, "positions", ImportFiles.Utf8(csv), ImportUpload.CsvType);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.False(body.Applied);
        Assert.Contains(body.Problems, p => p.Line == line && p.Column == column && p.Reason.Contains(reason));
        Assert.Equal("", await PositionsAsync(district.Id));
        Assert.Equal(before, await SnapshotAsync(factory, district.Id));
    }

    [Fact]
    public async Task UploadPage_BrokenFile_PreviewListsTheProblemAndConfirmIsNotOffered()
    {
        var (district, _, admin) = await ArrangeAsync();
        using var _ = admin;

        var response = await admin.PostMultipartAsync("/Imports",
            Upload(ImportKind.Positions, ("positions.csv", ImportFiles.Utf8("school_id,school_year,position_kind,vacancies\nQ4,2025-26,Teacher,-2\n"))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var preview = WebUtility.HtmlDecode(await admin.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.Matches("<td class=\"num\">2</td>\\s*<td>vacancies</td>\\s*<td>-2 is outside the range 0 to 1000", preview);
        Assert.Contains("nothing will be imported", preview);
        Assert.Equal("", await PositionsAsync(district.Id));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Template_Download_HasThePositionColumns(string format)
    {
        var (_, _, admin) = await ArrangeAsync();
        using var _ = admin;

        var bytes = await admin.Http.GetByteArrayAsync($"/Imports?handler=Template&kind=positions&format={format}", TestContext.Current.CancellationToken);

        var header = format == "csv"
            ? System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Trim().Split(',')
            : MiniExcel.Query(new MemoryStream(bytes)).Cast<IDictionary<string, object?>>().First().Values.Select(v => v?.ToString() ?? "").ToArray();
        Assert.Equal(["school_id", "school_year", "position_kind", "vacancies", "extra_positions"], header);
    }
}
