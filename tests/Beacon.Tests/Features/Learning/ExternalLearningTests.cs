using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Beacon.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Learning;

/// <summary>
/// Learning done elsewhere: a teacher submits it with evidence, the office approves it or returns it with a
/// reason, and only approved learning counts in the transcript's totals.
/// </summary>
[Trait("Category", "Database")]
public class ExternalLearningTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static readonly string LastMonth = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Guid> HoursAsync(LearningPeople people) =>
        await factory.InScopeAsync(people.District.Id, async (_, db) => await db.CreditTypes.Where(t => t.Name == "Clock hours").Select(t => t.Id).SingleAsync());

    private static MultipartFormDataContent Submission(Guid hours, string amount, string fileName, byte[] file, string title = "Reading Recovery institute")
    {
        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent
        {
            { new StringContent(title), "Form.Title" },
            { new StringContent("State literacy association"), "Form.Provider" },
            { new StringContent(LastMonth), "Form.CompletedOn" },
            { new StringContent(amount), $"Form.Credits[{hours}]" },
            { upload, "Upload", fileName },
        };
    }

    [Fact]
    public async Task Submit_PdfEvidenceApprovedByTheOffice_CountsOnTheTranscriptAndOnlyTheyReadTheFile()
    {
        var people = await LearningPeople.CreateAsync(factory);
        var hours = await HoursAsync(people);
        using var teacher = await BrowserlessClient.SignedInAsync(factory, people.Teachers[0]);
        using var colleague = await BrowserlessClient.SignedInAsync(factory, people.Teachers[1]);
        using var office = await BrowserlessClient.SignedInAsync(factory, people.Office);
        var pdf = "%PDF-1.4 certificate"u8.ToArray();

        var submitted = await teacher.PostMultipartAsync("/Learning/External", Submission(hours, "6.5", "certificate.pdf", pdf));

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var id = await factory.InScopeAsync(people.District.Id, async (_, db) => await db.ExternalLearning.Select(e => e.Id).SingleAsync());
        Assert.Equal("Awaiting the professional learning office", Html.TestId(await teacher.GetPageAsync("/Learning/External"), $"status-{id}"));
        Assert.DoesNotContain("total-Clock hours", await teacher.GetPageAsync("/Learning/Transcript"));
        Assert.Contains("Reading Recovery institute", Html.Text(await office.GetPageAsync("/Learning/External/Review")));
        Assert.Equal(pdf, await (await office.GetAsync($"/Learning/External?handler=Evidence&id={id}")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/Learning/External?handler=Evidence&id={id}")).StatusCode);
        Assert.Contains("/Account/AccessDenied", (await teacher.GetAsync("/Learning/External/Review")).Headers.Location?.OriginalString);
        Assert.Contains("/Account/AccessDenied", (await Decide(colleague, id, "Approve")).Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await Decide(office, id, "Approve")).StatusCode);

        Assert.Equal("Approved", Html.TestId(await teacher.GetPageAsync("/Learning/External"), $"status-{id}"));
        var transcript = await teacher.GetPageAsync("/Learning/Transcript");
        Assert.Equal("6.5", Html.TestId(transcript, "total-Clock hours"));
        Assert.Contains("State literacy association", Html.Text(transcript));
        var csv = await (await teacher.GetAsync("/Learning/Transcript?handler=Export")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Reading Recovery institute (State literacy association),", csv);
        Assert.Contains(",6.5", csv);
        Assert.DoesNotContain("Reading Recovery institute", await office.GetPageAsync("/Learning/External/Review"));
        Assert.Contains("already decided", Html.Text(await office.GetPageAsync((await Decide(office, id, "Return", "Late")).Headers.Location!.OriginalString)));
    }

    [Fact]
    public async Task Return_WithoutAReason_FieldMessageAndWithOne_ThePersonReadsItAndNothingCounts()
    {
        var people = await LearningPeople.CreateAsync(factory);
        var hours = await HoursAsync(people);
        using var teacher = await BrowserlessClient.SignedInAsync(factory, people.Teachers[0]);
        using var office = await BrowserlessClient.SignedInAsync(factory, people.Office);
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.PostMultipartAsync("/Learning/External", Submission(hours, "3", "notes.txt", "attended all days"u8.ToArray()))).StatusCode);
        var id = await factory.InScopeAsync(people.District.Id, async (_, db) => await db.ExternalLearning.Select(e => e.Id).SingleAsync());

        var blank = await Decide(office, id, "Return", "  ");

        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Say why it is returned", await blank.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(office, id, "Return", "The certificate does not show the hours.")).StatusCode);
        Assert.Equal("Returned: The certificate does not show the hours.", Html.TestId(await teacher.GetPageAsync("/Learning/External"), $"status-{id}"));
        Assert.DoesNotContain("total-Clock hours", await teacher.GetPageAsync("/Learning/Transcript"));
    }

    [Fact]
    public async Task Submit_ProgramFileAndNoCredits_FieldMessagesAndNothingSaved()
    {
        var people = await LearningPeople.CreateAsync(factory);
        var hours = await HoursAsync(people);
        using var teacher = await BrowserlessClient.SignedInAsync(factory, people.Teachers[0]);

        var response = await teacher.PostMultipartAsync("/Learning/External", Submission(hours, "", "setup.exe", [0x4D, 0x5A, 0x90]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("is not a file type Beacon keeps as evidence", page);
        Assert.Contains("Enter the credits it earned for at least one credit type.", page);
        Assert.Contains("value=\"Reading Recovery institute\"", page);
        Assert.Equal(0, await factory.InScopeAsync(people.District.Id, (_, db) => db.ExternalLearning.CountAsync()));
    }

    [Fact]
    public async Task Submit_NoFileNorLinkAndFutureDate_FieldMessagesAndNothingSaved()
    {
        var people = await LearningPeople.CreateAsync(factory);
        var hours = await HoursAsync(people);
        using var teacher = await BrowserlessClient.SignedInAsync(factory, people.Teachers[0]);

        var response = await teacher.PostFormAsync("/Learning/External", new Dictionary<string, string>
        {
            ["Form.Title"] = "Summer institute",
            ["Form.Provider"] = "University",
            ["Form.CompletedOn"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [$"Form.Credits[{hours}]"] = "2",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Attach evidence: upload a file", page);
        Assert.Contains("The date is in the future", page);
        Assert.Equal(0, await factory.InScopeAsync(people.District.Id, (_, db) => db.ExternalLearning.CountAsync()));
    }

    private static Task<HttpResponseMessage> Decide(BrowserlessClient client, Guid id, string handler, string? reason = null) =>
        client.PostFormAsync("/Learning/External",
            reason is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Reason"] = reason },
            $"/Learning/External/Review?handler={handler}&id={id}");
}
