using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using UglyToad.PdfPig;

namespace Beacon.Tests.Features.Plans;

/// <summary>The board report PDF carries the logo an administrator uploaded, and no image without one.</summary>
[Trait("Category", "Database")]
public class BoardLogoTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    // A 2 × 1 pixel PNG (one red pixel, one blue), so the test also sees the image keep its proportions.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task BoardPdf_DistrictUploadedALogo_ContainsTheImage()
    {
        var district = await factory.CreateDistrictAsync("Harbour Schools");
        await PlanData.DistrictPlanAsync(factory, district, "Every child reads by grade 3");
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        using var trustee = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.BoardTrustee));
        var before = await (await trustee.GetAsync("/Plans/Board?handler=Pdf")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");

        var saved = await admin.PostMultipartAsync("/Admin/Settings", new MultipartFormDataContent { { file, "Logo", "logo.png" } }, "/Admin/Settings?handler=Logo");
        var after = await (await trustee.GetAsync("/Plans/Board?handler=Pdf")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using (var plain = PdfDocument.Open(before))
        {
            Assert.Empty(plain.GetPages().SelectMany(p => p.GetImages()));
        }
        using var pdf = PdfDocument.Open(after);
        var first = pdf.GetPage(1);
        var image = Assert.Single(first.GetImages());
        Assert.Equal(2, image.WidthInSamples);
        Assert.Equal(1, image.HeightInSamples);
        // Drawn at the top right, twice as wide as high, above the report's title.
        Assert.Equal(2 * image.BoundingBox.Height, image.BoundingBox.Width, 1);
        Assert.True(image.BoundingBox.Right > first.Width - 60, "the logo sits at the right margin");
        Assert.Contains("Harbour Schools: board report", string.Join(" ", first.GetWords().Select(w => w.Text)));
    }
}
