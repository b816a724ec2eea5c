using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using static Beacon.Tests.Features.Imports.ImportTestData;

namespace Beacon.Tests.Features.Imports;

/// <summary>Every broken file leaves every table exactly as it was, and says which line is wrong and why.</summary>
[Trait("Category", "Database")]
public class BrokenImportTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const string Csv = ImportUpload.CsvType;
    private const string Zip = ImportUpload.ZipType;

    public static TheoryData<string> Cases =>
    [
        "missing-column", "duplicate-sourcedid", "unknown-org", "bad-email", "utf16", "latin1", "truncated-zip", "empty-file",
        "formula", "unterminated-quote", "semicolons", "out-of-range", "header-only", "unknown-school", "bad-year",
        "delta-manifest", "oneroster-missing-column", "unknown-role", "zip-sent-as-csv",
    ];

    private static (string Kind, byte[] Body, string Type, int Line, string Reason) Case(string name) => name switch
    {
        "missing-column" => ("schools", ImportFiles.Bytes("broken/schools-missing-column.csv"), Csv, 1, "no name column"),
        "duplicate-sourcedid" => ("oneroster", ImportFiles.Zip("broken/oneroster-duplicate-sourcedid"), Zip, 4, "'T1' is also on line 2"),
        "unknown-org" => ("oneroster", ImportFiles.Zip("broken/oneroster-unknown-org"), Zip, 3, "'SCH-9' is not in orgs.csv"),
        "bad-email" => ("staff", ImportFiles.Bytes("broken/staff-bad-email.csv"), Csv, 3, "'jo@' is not an email address; correct it or leave the cell empty"),
        "utf16" => ("schools", ImportFiles.Utf16("schools-valid.csv"), Csv, 1, "UTF-16"),
        "latin1" => ("schools", ImportFiles.Latin1("school_id,name\nS-300,Elm\nS-301,Mérida Elementary\n"), Csv, 3, "not UTF-8"),
        "truncated-zip" => ("oneroster", ImportFiles.Truncated(ImportFiles.Zip("oneroster-1.1")), Zip, ImportProblem.WholeFile, "damaged or incomplete"),
        "empty-file" => ("schools", ImportFiles.Bytes("broken/schools-empty.csv"), Csv, 1, "empty"),
        "formula" => ("schools", ImportFiles.Bytes("broken/schools-formula.csv"), Csv, 3, "starts like a spreadsheet formula"),
        "unterminated-quote" => ("schools", ImportFiles.Bytes("broken/schools-unterminated-quote.csv"), Csv, 3, "never closed"),
        "semicolons" => ("schools", ImportFiles.Bytes("broken/schools-semicolons.csv"), Csv, 1, "semicolons"),
        "out-of-range" => ("schools", ImportFiles.Bytes("broken/schools-out-of-range.csv"), Csv, 3, "120 is outside the range 0 to 100"),
        "header-only" => ("schools", ImportFiles.Bytes("broken/schools-header-only.csv"), Csv, 2, "no rows"),
        "unknown-school" => ("staff", ImportFiles.Bytes("broken/staff-unknown-school.csv"), Csv, 2, "'S-999' is not one of the district's schools"),
        "bad-year" => ("metrics", ImportFiles.Bytes("broken/metrics-bad-year.csv"), Csv, 3, "'2025-27' is not a school year"),
        "delta-manifest" => ("oneroster", ImportFiles.Zip("broken/oneroster-delta"), Zip, 16, "delta"),
        "oneroster-missing-column" => ("oneroster", ImportFiles.Zip("broken/oneroster-missing-column"), Zip, 1, "no familyName column"),
        "unknown-role" => ("oneroster", ImportFiles.Zip("broken/oneroster-unknown-role"), Zip, 3, "'janitor' is not a OneRoster role"),
        "zip-sent-as-csv" => ("schools", ImportFiles.Zip("oneroster-1.1"), Csv, ImportProblem.WholeFile, "is a zip"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_BrokenFile_ChangesNothingAndNamesLineAndReason(string name)
    {
        var (kind, body, type, line, reason) = Case(name);
        var district = await factory.CreateDistrictAsync();
        await SeedAsync(factory, district);
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var before = await SnapshotAsync(factory, district.Id);

        var response = await PostAsync(client, kind, body, type);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = await ReadAsync(response);
        Assert.False(result.Applied);
        Assert.Contains(result.Problems, p => p.Line == line && p.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync(factory, district.Id));
    }

    [Fact]
    public async Task Preview_BrokenFileThroughThePage_ShowsEveryProblemOffersNoConfirmAndConfirmChangesNothing()
    {
        var district = await factory.CreateDistrictAsync();
        await SeedAsync(factory, district);
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var before = await SnapshotAsync(factory, district.Id);
        var bytes = ImportFiles.Utf8("staff_id,given_name,family_name,email,role,school_ids\nT-10,Jo,Lee,jo@,Teacher,S-100\nT-11,,March,,Teacher,S-404\n");

        var upload = await client.PostMultipartAsync("/Imports", Upload(ImportKind.Staff, ("staff.csv", bytes)));
        var previewUrl = upload.Headers.Location!.OriginalString;
        var page = WebUtility.HtmlDecode(await client.GetPageAsync(previewUrl));

        Assert.Contains("3 problems", page);
        Assert.Contains("'jo@' is not an email address; correct it or leave the cell empty.", page);
        Assert.Contains("Every row needs a given_name", page);
        Assert.Contains("'S-404' is not one of the district's schools", page);
        Assert.DoesNotContain("Confirm and import", page);
        var confirm = await client.PostFormAsync(previewUrl, new Dictionary<string, string>(), $"{previewUrl}?handler=Confirm");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(before, await SnapshotAsync(factory, district.Id));
    }
}
