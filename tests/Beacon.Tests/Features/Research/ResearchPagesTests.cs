using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Research;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Research;

[Trait("Category", "Database")]
public partial class ResearchPagesTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Project_ProposeWriteUpReviewPublish_DraftHiddenThenInTheLibraryByIndicator()
    {
        var district = await factory.CreateDistrictAsync();
        var f = await ResearchFixture.CreateAsync(factory, district);
        using var author = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher, f.A));
        using var coAuthor = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher, f.B));
        using var reviewer = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Coach, f.R));
        using var outsider = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher, f.O));
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var proposed = await author.PostFormAsync("/Research/New", new Dictionary<string, string>
        {
            ["Form.Title"] = "Hinge questions in ratio",
            ["Form.Question"] = "Do hinge questions catch misconceptions before the test?",
            ["Form.Subject"] = "Mathematics",
            ["Form.GradeBand"] = "Middle",
        });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var details = proposed.Headers.Location!.OriginalString;
        var id = Guid.Parse(details.Split('/')[^1]);

        // A draft: the authors and reviewers see it, nobody else, not even the district's administrator.
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(details)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(details)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coAuthor.GetAsync(details)).StatusCode);
        await AddAsync(author, details, ResearchFixture.EmailOf(f.B), "Author");
        Assert.Contains("Hinge questions in ratio", await coAuthor.GetPageAsync(details));

        // Sending for review needs the write-up and a reviewer, and says so.
        await MoveAsync(author, details, ResearchStage.InProgress);
        var early = WebUtility.HtmlDecode(await (await author.PostFormAsync(details, new Dictionary<string, string>(), $"{details}?handler=Move&to=Review")).Content.ReadAsStringAsync());
        Assert.Contains("Write the method and the findings before sending the project for review.", early);
        var edited = await author.PostFormAsync($"/Research/Edit/{id}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Hinge questions in ratio",
            ["Form.Question"] = "Do hinge questions catch misconceptions before the test?",
            ["Form.Method"] = "One hinge question mid-lesson for six weeks.",
            ["Form.Findings"] = "Two misconceptions caught a week on average.",
            ["Form.Subject"] = "Mathematics",
            ["Form.GradeBand"] = "Middle",
            ["Form.IndicatorIds[0]"] = f.I1.ToString(),
            ["Form.IndicatorIds[1]"] = f.I3.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var noReviewer = WebUtility.HtmlDecode(await (await author.PostFormAsync(details, new Dictionary<string, string>(), $"{details}?handler=Move&to=Review")).Content.ReadAsStringAsync());
        Assert.Contains("Add a reviewer before sending the project for review.", noReviewer);
        await AddAsync(author, details, ResearchFixture.EmailOf(f.R), "Reviewer");
        await MoveAsync(author, details, ResearchStage.Review);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(details)).StatusCode);

        // The reviewer comments and publishes; an author cannot publish.
        var selfPublish = WebUtility.HtmlDecode(await (await author.PostFormAsync(details, new Dictionary<string, string>(), $"{details}?handler=Move&to=Published")).Content.ReadAsStringAsync());
        Assert.Contains("Authors cannot move a project from in review to published.", selfPublish);
        var commented = await reviewer.PostFormAsync(details, new Dictionary<string, string> { ["CommentText"] = "Say which misconceptions." }, $"{details}?handler=Comment");
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        await MoveAsync(reviewer, details, ResearchStage.Published);

        var read = WebUtility.HtmlDecode(await outsider.GetPageAsync(details));
        Assert.Contains("Two misconceptions caught a week on average.", read);
        Assert.Contains("Say which misconceptions.", read);
        Assert.Contains("Bo Tester, author (Pine Middle)", read);
        Assert.DoesNotContain("Add the comment", read);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(details, new Dictionary<string, string> { ["CommentText"] = "Me too" }, $"{details}?handler=Comment")).StatusCode);

        Assert.Equal(new[] { id, f.FractionsTalk }.Order(), LibraryIds(await outsider.GetPageAsync($"/Research?indicator={f.I1}")).Order());
        Assert.Equal([id], LibraryIds(await outsider.GetPageAsync($"/Research?indicator={f.I3}")));
        Assert.Equal([f.ReadingAloud], LibraryIds(await outsider.GetPageAsync($"/Research?indicator={f.I2}")));
        Assert.Equal([id], LibraryIds(await outsider.GetPageAsync($"/Research?school={f.Oak}")));
        Assert.Equal(3, LibraryIds(await outsider.GetPageAsync("/Research?subject=mathematics&grade=Middle")).Count);
        Assert.Empty(LibraryIds(await outsider.GetPageAsync("/Research?grade=High")));
        var stage = await factory.InScopeAsync(district.Id, (_, db) => db.ResearchProjects.Where(p => p.Id == id).Select(p => new { p.Stage, p.PublishedOn }).SingleAsync());
        Assert.Equal(ResearchStage.Published, stage.Stage);
        Assert.NotNull(stage.PublishedOn);
        var audited = await factory.InScopeAsync(district.Id, (_, db) => db.AuditEntries.CountAsync(a => a.Entity == nameof(ResearchProject)));
        Assert.True(audited >= 4, $"{audited} audit entries for the project");
    }

    [Fact]
    public async Task Attach_WrongTypeTooLargeOrMislabelled_RefusedWithFieldMessagesAndPdfKept()
    {
        var district = await factory.CreateDistrictAsync();
        var f = await ResearchFixture.CreateAsync(factory, district);
        using var author = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher, f.A));
        var proposed = await author.PostFormAsync("/Research/New", new Dictionary<string, string> { ["Form.Title"] = "Files", ["Form.Question"] = "Which files?" });
        var details = proposed.Headers.Location!.OriginalString;

        Assert.Contains("“run.exe” is not a file type Beacon keeps as research. Upload one of: .csv, .docx, .jpeg, .jpg, .pdf, .png, .pptx, .txt, .xlsx.",
            await RefusalAsync(author, details, [0x4D, 0x5A], "run.exe"));
        var large = new byte[(int)Beacon.Web.Data.Limits.ResearchAttachmentBytes + 1];
        Pdf.CopyTo(large, 0);
        Assert.Contains("The file is 10.0 MB; research files may be at most 10 MB.", await RefusalAsync(author, details, large, "big.pdf"));
        Assert.Contains("“fake.pdf” does not contain what its name says (.pdf).", await RefusalAsync(author, details, "hello"u8.ToArray(), "fake.pdf"));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.ResearchAttachments.CountAsync()));

        var kept = await author.PostMultipartAsync(details, Upload(Pdf, "report.pdf"), $"{details}?handler=Attach");
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var page = await author.GetPageAsync(details);
        var link = WebUtility.HtmlDecode(DownloadLink().Match(page).Groups[1].Value);
        var download = await author.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    private static async Task<string> RefusalAsync(BrowserlessClient client, string details, byte[] content, string name)
    {
        var response = await client.PostMultipartAsync(details, Upload(content, name), $"{details}?handler=Attach");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("field-error", body);
        return body;
    }

    private static MultipartFormDataContent Upload(byte[] content, string name) => new() { { new ByteArrayContent(content), "Upload", name } };

    private static async Task AddAsync(BrowserlessClient client, string details, string email, string role)
    {
        var added = await client.PostFormAsync(details, new Dictionary<string, string> { ["PersonEmail"] = email, ["PersonRole"] = role }, $"{details}?handler=AddPerson");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    private static async Task MoveAsync(BrowserlessClient client, string details, ResearchStage to)
    {
        var moved = await client.PostFormAsync(details, new Dictionary<string, string>(), $"{details}?handler=Move&to={to}");
        Assert.True(moved.StatusCode == HttpStatusCode.Redirect, $"move to {to}: {(int)moved.StatusCode} {BrowserlessClient.Excerpt(await moved.Content.ReadAsStringAsync())}");
    }

    /// <summary>The projects the library lists (not the reader's own, listed above it).</summary>
    private static List<Guid> LibraryIds(string page) =>
        ProjectLink().Matches(page[page.IndexOf("<h2>Library</h2>", StringComparison.Ordinal)..]).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex("href=\"/Research/Details/([0-9a-f-]{36})\"")]
    private static partial Regex ProjectLink();

    [GeneratedRegex("href=\"(/Research/Details/[^\"]*handler=Download[^\"]*)\"")]
    private static partial Regex DownloadLink();
}
