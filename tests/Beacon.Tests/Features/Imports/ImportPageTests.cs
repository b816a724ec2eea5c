using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.Imports.ImportTestData;

namespace Beacon.Tests.Features.Imports;

[Trait("Category", "Database")]
public class ImportPageTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<(TestDistrict District, BrowserlessClient Client)> SignedInAdminAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        return (district, await BrowserlessClient.SignedInAsync(factory, admin));
    }

    [Fact]
    public async Task UploadPreviewConfirm_ValidSchoolsFile_ShowsCountsThenWritesEverythingAndKeepsHistory()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;

        var upload = await client.PostMultipartAsync("/Imports", Upload(ImportKind.Schools, ("schools.csv", ImportFiles.Bytes("schools-valid.csv"))));

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var previewUrl = upload.Headers.Location!.OriginalString;
        Assert.StartsWith("/Imports/Preview/", previewUrl);
        var preview = WebUtility.HtmlDecode(await client.GetPageAsync(previewUrl));
        Assert.Contains("data-testid=\"created\">3<", preview);
        Assert.Contains("Birch Hill Middle School, West (S-101)", preview);
        Assert.Contains("Confirm and import", preview);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Schools.CountAsync()));

        var confirm = await client.PostFormAsync(previewUrl, new Dictionary<string, string>(), $"{previewUrl}?handler=Confirm");

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var names = await factory.InScopeAsync(district.Id, (_, db) => db.Schools.OrderBy(s => s.SourceId).Select(s => s.Name).ToListAsync());
        Assert.Equal(["Alder Elementary School", "Birch Hill Middle School, West", "Cedar Park High School"], names);
        var run = await factory.InScopeAsync(district.Id, (_, db) => db.ImportRuns.SingleAsync());
        Assert.Equal((ImportStatus.Applied, 3, 0, 0), (run.Status, run.Created, run.Updated, run.Unchanged));
        Assert.Null(run.Content);
        Assert.NotNull(run.AppliedAt);
        Assert.Contains("3 created, 0 updated, 0 unchanged", await client.GetPageAsync(previewUrl));
        Assert.Contains("schools.csv", await client.GetPageAsync("/Imports"));
    }

    [Fact]
    public async Task Confirm_Twice_AppliesOnce()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;
        var upload = await client.PostMultipartAsync("/Imports", Upload(ImportKind.Schools, ("schools.csv", ImportFiles.Bytes("schools-valid.csv"))));
        var previewUrl = upload.Headers.Location!.OriginalString;
        var token = await client.TokenFromAsync(previewUrl);

        foreach (var attempt in Enumerable.Range(0, 2))
        {
            var response = await client.Http.PostAsync($"{previewUrl}?handler=Confirm",
                new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(3, await factory.InScopeAsync(district.Id, (_, db) => db.Schools.CountAsync()));
    }

    [Fact]
    public async Task Discard_WaitingUpload_DropsTheFileAndWritesNothing()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;
        var upload = await client.PostMultipartAsync("/Imports", Upload(ImportKind.Schools, ("schools.csv", ImportFiles.Bytes("schools-valid.csv"))));
        var previewUrl = upload.Headers.Location!.OriginalString;

        var discard = await client.PostFormAsync(previewUrl, new Dictionary<string, string>(), $"{previewUrl}?handler=Discard");

        Assert.Equal(HttpStatusCode.Redirect, discard.StatusCode);
        var run = await factory.InScopeAsync(district.Id, (_, db) => db.ImportRuns.SingleAsync());
        Assert.Equal(ImportStatus.Discarded, run.Status);
        Assert.Null(run.Content);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Schools.CountAsync()));
        Assert.Contains("discarded", await client.GetPageAsync(previewUrl));
    }

    [Fact]
    public async Task Upload_SeparateOneRosterFiles_PreviewsThemAsOneSet()
    {
        var (_, client) = await SignedInAdminAsync();
        using var __ = client;

        var upload = await client.PostMultipartAsync("/Imports", Upload(ImportKind.OneRoster,
            ("orgs.csv", ImportFiles.Bytes("oneroster-1.1/orgs.csv")), ("users.csv", ImportFiles.Bytes("oneroster-1.1/users.csv"))));

        var preview = await client.GetPageAsync(upload.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"created\">7<", preview);
        Assert.Contains("data-testid=\"ignored\">6<", preview);
    }

    [Fact]
    public async Task Upload_WrongFileType_RefusedOnTheForm()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;

        var response = await client.PostMultipartAsync("/Imports", Upload(ImportKind.Schools, ("logo.png", [0x89, 0x50, 0x4E, 0x47])));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("is not a file this import takes. Upload a .csv or .xlsx file.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.ImportRuns.CountAsync()));
    }

    [Theory]
    [InlineData("schools", "csv", "text/csv")]
    [InlineData("staff", "xlsx", ImportUpload.XlsxType)]
    [InlineData("metrics", "csv", "text/csv")]
    public async Task Template_Download_IsTheFileWithItsHeader(string kind, string format, string type)
    {
        var (_, client) = await SignedInAdminAsync();
        using var __ = client;

        var response = await client.GetAsync($"/Imports?handler=Template&kind={kind}&format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"beacon-{kind}-template.{format}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 10);
    }

    [Fact]
    public async Task Preview_RunOfAnotherDistrict_NotFound()
    {
        var (_, client) = await SignedInAdminAsync();
        using var _ = client;
        var other = await factory.CreateDistrictAsync();
        var otherRun = await factory.InScopeAsync(other.Id, async (_, db) =>
        {
            var run = new ImportRun { Id = Guid.CreateVersion7(), FileName = "theirs.csv", UploadedBy = "them", Kind = ImportKind.Schools, Content = [1] };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Imports/Preview/{otherRun}")).StatusCode);
    }

    [Fact]
    public async Task Imports_Teacher_IsDenied()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.GetAsync("/Imports");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var deniedPage = response.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/Account/AccessDenied", deniedPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(deniedPage)).StatusCode);
    }

    [Fact]
    public async Task History_ManyImports_PagedNewestFirst()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;
        await factory.InScopeAsync(district.Id, (_, db) =>
        {
            for (var i = 0; i < 25; i++)
            {
                db.ImportRuns.Add(new ImportRun
                {
                    Id = Guid.CreateVersion7(),
                    FileName = $"file-{i:00}.csv",
                    UploadedBy = "admin",
                    Kind = ImportKind.Schools,
                    Status = ImportStatus.Discarded,
                    UploadedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i),
                });
            }
            return db.SaveChangesAsync();
        });

        var first = await client.GetPageAsync("/Imports");
        var second = await client.GetPageAsync("/Imports?p=2");

        Assert.Contains("file-24.csv", first);
        Assert.DoesNotContain("file-04.csv", first);
        Assert.Contains("Page 1 of 2", first);
        Assert.Contains("file-00.csv", second);
    }
}
