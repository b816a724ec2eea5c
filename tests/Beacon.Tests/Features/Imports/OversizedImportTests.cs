using System.Net;
using System.Text;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using static Beacon.Tests.Features.Imports.ImportTestData;

namespace Beacon.Tests.Features.Imports;

/// <summary>Beacon with a 4 KiB import limit, so a file over it is quick to make.</summary>
public sealed class SmallImportLimitFactory : BeaconFactory
{
    public const int Limit = 4096;

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Beacon:Imports:MaxFileBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

[Trait("Category", "Database")]
public class OversizedImportTests(SmallImportLimitFactory factory) : IClassFixture<SmallImportLimitFactory>
{
    /// <summary>Rows of about 31 bytes: the 4 KiB limit falls on line 133.</summary>
    private static byte[] Oversized()
    {
        var text = new StringBuilder("school_id,name,enrollment\n");
        for (var i = 0; i < 400; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"S-{1000 + i},School number {i:000},300\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static int LineAtLimit(byte[] bytes) => bytes.Take(SmallImportLimitFactory.Limit).Count(b => b == '\n') + 1;

    [Fact]
    public async Task Api_FileOverTheLimit_Answers413WithTheLineAndChangesNothing()
    {
        var district = await factory.CreateDistrictAsync();
        await SeedAsync(factory, district);
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var before = await SnapshotAsync(factory, district.Id);
        var body = Oversized();

        var response = await PostAsync(client, "schools", body, ImportUpload.CsvType);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = Assert.Single((await ReadAsync(response)).Problems);
        Assert.Equal(LineAtLimit(body), problem.Line);
        Assert.Contains("larger than 4 KiB", problem.Reason);
        Assert.Contains($"on line {LineAtLimit(body)}", problem.Reason);
        Assert.Equal(before, await SnapshotAsync(factory, district.Id));
    }

    [Fact]
    public async Task Upload_FileOverTheLimit_RefusedOnTheFormAndNothingStored()
    {
        var district = await factory.CreateDistrictAsync();
        await SeedAsync(factory, district);
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var before = await SnapshotAsync(factory, district.Id);

        var response = await client.PostMultipartAsync("/Imports", Upload(ImportKind.Schools, ("big.csv", Oversized())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("'big.csv' is larger than 4 KiB", page);
        Assert.Contains("No file has been uploaded yet.", page);
        Assert.Equal(before, await SnapshotAsync(factory, district.Id));
    }

    [Fact]
    public async Task Upload_ZipThatUnpacksOverTheLimit_Refused()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var zip = Beacon.Web.Imports.Reading.ZipFiles.Pack([new("orgs.csv", ImportFiles.Utf8("sourcedId,name,type\n" + new string(' ', 50_000)))]);

        var response = await PostAsync(client, "oneroster", zip, ImportUpload.ZipType);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("once unpacked", Assert.Single((await ReadAsync(response)).Problems).Reason);
    }
}
