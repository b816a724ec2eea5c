using Beacon.Tests.Features.Imports;
using Beacon.Web.Imports;
using Beacon.Web.Imports.Reading;

namespace Beacon.Tests.Imports.Reading;

public class ImportFileTests
{
    [Fact]
    public void Xlsx_Template_ReadsBackWithLineNumbersAndInvariantNumbers()
    {
        var bytes = MiniExcelWorkbook(
            new Dictionary<string, object?> { ["school_id"] = "S1", ["name"] = "Alder", ["poverty_percent"] = 12.5 },
            new Dictionary<string, object?> { ["school_id"] = null, ["name"] = null, ["poverty_percent"] = null },
            new Dictionary<string, object?> { ["school_id"] = "S3", ["name"] = "Cedar", ["poverty_percent"] = 40 });
        var problems = new List<ImportProblem>();

        var table = XlsxTableReader.Read("schools.xlsx", bytes, problems);

        Assert.Empty(problems);
        Assert.Equal([2, 4], table!.Rows.Select(r => r.Line));
        Assert.Equal("12.5", table.Rows[0][table.Column("poverty_percent")]);
        Assert.Equal("Cedar", table.Rows[1][table.Column("name")]);
    }

    [Fact]
    public void Xlsx_Template_HasTheTemplateHeader()
    {
        var bytes = ImportTemplates.Xlsx(ImportTemplates.Columns(ImportKind.Staff, []));
        var problems = new List<ImportProblem>();

        var table = XlsxTableReader.Read("staff.xlsx", bytes, problems);

        Assert.Equal(Beacon.Web.Imports.Kinds.StaffRows.Columns, table!.Headers);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Csv_Template_IsUtf8WithBomAndTheHeader()
    {
        var bytes = ImportTemplates.Csv(ImportTemplates.Columns(ImportKind.Metrics, ["reading_proficiency", "enrollment"]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("school_id,school_year,enrollment,poverty_percent,reading_proficiency", System.Text.Encoding.UTF8.GetString(bytes[3..]).TrimEnd());
    }

    [Fact]
    public void Zip_Truncated_SaysTheZipIsIncomplete()
    {
        var problems = new List<ImportProblem>();

        var files = ZipFiles.Unpack(ImportFiles.Truncated(ImportFiles.Zip("oneroster-1.1")), 1024 * 1024, problems);

        Assert.Null(files);
        var problem = Assert.Single(problems);
        Assert.Equal(ImportProblem.WholeFile, problem.Line);
        Assert.Contains("damaged or incomplete", problem.Reason);
    }

    [Fact]
    public void Zip_EntryLargerThanLimitOnceUnpacked_Refused()
    {
        var big = new string('x', 100_000);
        var zip = ZipFiles.Pack([new NamedFile("users.csv", ImportFiles.Utf8(big))]);
        var problems = new List<ImportProblem>();

        var files = ZipFiles.Unpack(zip, 10_000, problems);

        Assert.Null(files);
        Assert.Equal("users.csv", Assert.Single(problems).File);
    }

    [Fact]
    public void Zip_FoldersAndMacMetadata_FlattenedAndSkipped()
    {
        var zip = ZipFiles.Pack([
            new NamedFile("export/Orgs.csv", ImportFiles.Utf8("a\n1\n")),
            new NamedFile("__MACOSX/export/._orgs.csv", [1, 2, 3]),
        ]);

        var files = ZipFiles.Unpack(zip, 1024, []);

        Assert.Equal(["orgs.csv"], files!.Select(f => f.Name));
    }

    [Theory]
    [InlineData("photo.png", ImportKind.Schools, "not a file this import takes")]
    [InlineData("roster.xlsx", ImportKind.OneRoster, "not a file this import takes")]
    [InlineData("schools.xlsx", ImportKind.Schools, "not an Excel workbook")]
    public void CheckType_WrongTypeOrName_Refused(string name, ImportKind kind, string reason)
    {
        var problem = ImportUpload.CheckType(kind, name, ImportFiles.Utf8("school_id,name\n"));

        Assert.Contains(reason, problem!.Reason);
    }

    [Fact]
    public void CheckType_ZipNamedCsv_Refused()
    {
        var problem = ImportUpload.CheckType(ImportKind.Schools, "schools.csv", ImportFiles.Zip("oneroster-1.1"));

        Assert.Contains("named .csv but is a zip", problem!.Reason);
    }

    [Fact]
    public void From_SeparateOneRosterFiles_PackedIntoOneZipThatReadsBack()
    {
        var (upload, problem) = ImportUpload.From(ImportKind.OneRoster, [
            new NamedFile("Orgs.csv", ImportFiles.Bytes("oneroster-1.1/orgs.csv")),
            new NamedFile("users.csv", ImportFiles.Bytes("oneroster-1.1/users.csv")),
        ], 1024 * 1024);

        Assert.Null(problem);
        Assert.Equal("orgs.csv, users.csv", upload!.FileName);
        var input = ImportReader.Read(ImportKind.OneRoster, upload.FileName, upload.Content, 1024 * 1024);
        Assert.Equal(["orgs.csv", "users.csv"], input.Files.Keys.Order());
    }

    [Fact]
    public void TooLarge_TextFile_NamesTheLineWhereTheLimitIsPassed()
    {
        var text = ImportFiles.Utf8("a,b\n1,2\n3,4\n5,6\n");

        var problem = ImportLimits.TooLarge("big.csv", text.AsSpan(0, 10), 10);

        Assert.Equal(3, problem.Line);
        Assert.Contains("on line 3", problem.Reason);
        Assert.Contains("10 bytes", problem.Reason);
    }

    private static byte[] MiniExcelWorkbook(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }
}
