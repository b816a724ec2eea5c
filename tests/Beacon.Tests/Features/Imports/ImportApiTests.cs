using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.Imports.ImportTestData;

namespace Beacon.Tests.Features.Imports;

[Trait("Category", "Database")]
public class ImportApiTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<(TestDistrict District, BrowserlessClient Client)> SignedInAdminAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        return (district, await BrowserlessClient.SignedInAsync(factory, admin));
    }

    [Fact]
    public async Task Post_WithoutCookie_Answers401NotARedirect()
    {
        using var client = BrowserlessClient.For(factory);

        var response = await PostAsync(client, "schools", ImportFiles.Bytes("schools-valid.csv"), ImportUpload.CsvType);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Sign in", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_Teacher_Answers403AndWritesNothing()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await PostAsync(client, "schools", ImportFiles.Bytes("schools-valid.csv"), ImportUpload.CsvType);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Schools.CountAsync()));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json")]
    public async Task Post_SimpleOrOtherContentType_Answers415(string type)
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;

        var response = await PostAsync(client, "schools", ImportFiles.Bytes("schools-valid.csv"), type);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("text/csv", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Schools.CountAsync()));
    }

    [Fact]
    public async Task Post_XlsxForOneRoster_Answers415()
    {
        var (_, client) = await SignedInAdminAsync();
        using var __ = client;

        var response = await PostAsync(client, "oneroster", ImportFiles.Zip("oneroster-1.1"), ImportUpload.XlsxType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownKind_Answers404()
    {
        var (_, client) = await SignedInAdminAsync();
        using var __ = client;

        var response = await PostAsync(client, "students", ImportFiles.Bytes("schools-valid.csv"), ImportUpload.CsvType);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_ValidFile_AppliesAndAnswersCounts()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;

        var response = await PostAsync(client, "schools", ImportFiles.Bytes("schools-valid.csv"), ImportUpload.CsvType, "?filename=schools-2026.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ReadAsync(response);
        Assert.Equal((true, true, 3, 0, 0), (result.Valid, result.Applied, result.Created, result.Updated, result.Unchanged));
        Assert.Equal(3, await factory.InScopeAsync(district.Id, (_, db) => db.Schools.CountAsync()));
        var run = await factory.InScopeAsync(district.Id, (_, db) => db.ImportRuns.SingleAsync());
        Assert.Equal(("schools-2026.csv", ImportStatus.Applied, 3), (run.FileName, run.Status, run.Created));
    }

    [Fact]
    public async Task Post_ValidXlsx_Applies()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new[]
        {
            new Dictionary<string, object?> { ["school_id"] = "X-1", ["name"] = "Excel Elementary", ["enrollment"] = 321, ["poverty_percent"] = 55.5 },
        });

        var response = await PostAsync(client, "schools", stream.ToArray(), ImportUpload.XlsxType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var school = await factory.InScopeAsync(district.Id, (_, db) => db.Schools.SingleAsync());
        Assert.Equal(("Excel Elementary", 321, 55.5), (school.Name, school.Enrollment, school.PovertyPercent));
    }

    [Fact]
    public async Task Post_DryRun_AnswersThePreviewAndWritesNothing()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;

        var response = await PostAsync(client, "schools", ImportFiles.Bytes("schools-valid.csv"), ImportUpload.CsvType, "?dryRun=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ReadAsync(response);
        Assert.Equal((true, false, 3), (result.Valid, result.Applied, result.Created));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Schools.CountAsync()));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.ImportRuns.CountAsync()));
    }

    [Fact]
    public async Task Post_InvalidFile_Answers422WithEveryProblem()
    {
        var (_, client) = await SignedInAdminAsync();
        using var __ = client;
        var body = ImportFiles.Utf8("school_id,name,enrollment\nS1,,12\nS2,Birch,lots\nS3,Cedar,5\n");

        var response = await PostAsync(client, "schools", body, ImportUpload.CsvType);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = await ReadAsync(response);
        Assert.Equal([(2, "name"), (3, "enrollment")], result.Problems.Select(p => (p.Line, p.Column)));
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
    }

    [Fact]
    public async Task Post_SameFileTwice_SecondChangesNothingAndLeavesNoAuditNoise()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;
        await PostAsync(client, "schools", ImportFiles.Bytes("schools-valid.csv"), ImportUpload.CsvType);
        await PostAsync(client, "staff", ImportFiles.Bytes("staff-valid.csv"), ImportUpload.CsvType);
        await PostAsync(client, "metrics", ImportFiles.Bytes("metrics-valid.csv"), ImportUpload.CsvType);
        var before = await SnapshotAsync(factory, district.Id);
        var auditBefore = await factory.InScopeAsync(district.Id, (_, db) => db.AuditEntries.CountAsync(a => a.Entity != nameof(ImportRun)));

        var results = new List<ImportResponse>();
        foreach (var (kind, file) in new[] { ("schools", "schools-valid.csv"), ("staff", "staff-valid.csv"), ("metrics", "metrics-valid.csv") })
        {
            results.Add(await ReadAsync(await PostAsync(client, kind, ImportFiles.Bytes(file), ImportUpload.CsvType)));
        }

        Assert.All(results, r => Assert.Equal((true, 0, 0), (r.Applied, r.Created, r.Updated)));
        Assert.Equal([3, 3, 7], results.Select(r => r.Unchanged));
        Assert.Equal(before, await SnapshotAsync(factory, district.Id));
        Assert.Equal(auditBefore, await factory.InScopeAsync(district.Id, (_, db) => db.AuditEntries.CountAsync(a => a.Entity != nameof(ImportRun))));
    }

    [Fact]
    public async Task Post_SameSourceIdsInAnotherDistrict_LeavesThatDistrictAlone()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;
        var other = await factory.CreateDistrictAsync();
        await SeedAsync(factory, other);
        var otherBefore = await SnapshotAsync(factory, other.Id);

        var response = await PostAsync(client, "schools", ImportFiles.Utf8("school_id,name\nS-100,Mine Elementary\n"), ImportUpload.CsvType);

        Assert.Equal(1, (await ReadAsync(response)).Created);
        Assert.Equal(otherBefore, await SnapshotAsync(factory, other.Id));
        Assert.Equal("Mine Elementary", await factory.InScopeAsync(district.Id, (_, db) => db.Schools.Select(s => s.Name).SingleAsync()));
    }
}
