using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Admin;

[Trait("Category", "Database")]
public class DistrictSettingsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string type)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "Logo", fileName } };
    }

    [Fact]
    public async Task Logo_PngUploaded_ServedToTeachersWithItsTypeAndShownInTheHeader()
    {
        var district = await factory.CreateDistrictAsync();
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var saved = await admin.PostMultipartAsync("/Admin/Settings", Upload(Png, "logo.png", "image/png"), "/Admin/Settings?handler=Logo");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var teacher = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));
        var logo = await teacher.GetAsync("/Admin/Settings/Logo?v=1");
        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await logo.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains("src=\"/Admin/Settings/Logo?v=1\"", await teacher.GetPageAsync("/"));
    }

    [Fact]
    public async Task Logo_SvgNamedPngOrTooLarge_RefusedWithFieldMessageAndNothingSaved()
    {
        var district = await factory.CreateDistrictAsync();
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var svg = await admin.PostMultipartAsync("/Admin/Settings", Upload("<svg><script>alert(1)</script></svg>"u8.ToArray(), "logo.png", "image/png"), "/Admin/Settings?handler=Logo");
        var large = await admin.PostMultipartAsync("/Admin/Settings", Upload([.. Png, .. new byte[Beacon.Web.Ui.BrandLimits.MaxLogoBytes]], "big.png", "image/png"), "/Admin/Settings?handler=Logo");

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Contains("The logo must be a PNG, JPEG or WebP image.", await svg.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        Assert.Contains("the largest accepted is 100 KB", await large.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Settings/Logo")).StatusCode);
    }

    [Fact]
    public async Task Colour_DarkColourSaved_HeaderUsesIt_LightColourRefused()
    {
        var district = await factory.CreateDistrictAsync();
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var light = await admin.PostFormAsync("/Admin/Settings", new Dictionary<string, string> { ["Colour"] = "#ffee00" }, "/Admin/Settings?handler=Colour");
        var dark = await admin.PostFormAsync("/Admin/Settings", new Dictionary<string, string> { ["Colour"] = "#1A6333" }, "/Admin/Settings?handler=Colour");

        Assert.Equal(HttpStatusCode.OK, light.StatusCode);
        Assert.Contains("choose a darker colour", await light.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Redirect, dark.StatusCode);
        Assert.Contains("style=\"--header: #1a6333\"", await admin.GetPageAsync("/"));
    }

    [Fact]
    public async Task Settings_Teacher_Forbidden()
    {
        var district = await factory.CreateDistrictAsync();
        using var teacher = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        await AccessAssert.ForbiddenAsync(teacher, "/Admin/Settings");
    }
}
