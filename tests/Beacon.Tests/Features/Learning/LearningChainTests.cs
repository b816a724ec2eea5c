using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Learning;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Beacon.Tests.Features.Learning;

[Trait("Category", "Database")]
public partial class LearningChainTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    /// <summary>Acceptance 1: the whole chain, from publishing to a certificate checked at its public address.</summary>
    [Fact]
    public async Task WholeChain_PublishRegisterApproveWaitlistCheckIn_CertificateVerifiesPublicly()
    {
        var people = await LearningPeople.CreateAsync(factory);
        var types = await factory.InScopeAsync(people.District.Id, async (_, db) => await db.CreditTypes.ToDictionaryAsync(t => t.Name, t => t.Id));
        using var office = await BrowserlessClient.SignedInAsync(factory, people.Office);
        using var principal = await BrowserlessClient.SignedInAsync(factory, people.Principal);
        using var coach = await BrowserlessClient.SignedInAsync(factory, people.Coach);
        var teachers = new List<BrowserlessClient>();
        foreach (var teacher in people.Teachers)
        {
            teachers.Add(await BrowserlessClient.SignedInAsync(factory, teacher));
        }
        var page = await LearningPeople.PublishAsync(office, "Reading conference", people.Coach.Id, 120m, capacity: 2, DateTimeOffset.UtcNow.AddMinutes(20),
            (types["Clock hours"], "2"), (types["State CEUs"], "0.2"));

        // Two places, three teachers: the third waits.
        var outcomes = new List<string>();
        foreach (var teacher in teachers)
        {
            var registered = await teacher.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Register");
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
            outcomes.Add(Html.TestId(await teacher.GetPageAsync(page), "my-registration"));
        }
        Assert.Equal(["Awaiting the principal's approval", "Awaiting the principal's approval", "On the waitlist"], outcomes);
        var ids = await RegistrationIdsAsync(people);

        // Principal, then the office (the offering is paid).
        Assert.Contains("Reading conference", Html.Text(await principal.GetPageAsync("/Learning/Approvals")));
        Assert.Contains("/Account/AccessDenied", (await Approve(office, ids[0])).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await Approve(principal, ids[0])).StatusCode);
        Assert.Equal("Awaiting the professional learning office's approval", Html.TestId(await teachers[0].GetPageAsync(page), "my-registration"));
        Assert.Equal(HttpStatusCode.Redirect, (await Approve(office, ids[0])).StatusCode);
        Assert.Equal("Enrolled", Html.TestId(await teachers[0].GetPageAsync(page), "my-registration"));

        // The second cancels: the waitlisted third moves up into the chain.
        Assert.Equal(HttpStatusCode.Redirect, (await teachers[1].PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Cancel")).StatusCode);
        Assert.Equal("Awaiting the principal's approval", Html.TestId(await teachers[2].GetPageAsync(page), "my-registration"));
        Assert.Equal(HttpStatusCode.Redirect, (await Approve(principal, ids[2])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Approve(office, ids[2])).StatusCode);
        Assert.Equal("Enrolled", Html.TestId(await teachers[2].GetPageAsync(page), "my-registration"));
        Assert.Equal("2 of 2 taken", Html.TestId(await office.GetPageAsync(page), "places"));

        // The facilitator shows the code; the first checks in with it, the third is marked for half the session.
        var sessionId = await factory.InScopeAsync(people.District.Id, async (_, db) => await db.LearningSessions.Select(s => s.Id).SingleAsync());
        var roster = await coach.GetPageAsync($"/Learning/Roster/{sessionId}");
        var code = Html.TestId(roster, "check-in-code");
        var checkedIn = await teachers[0].PostFormAsync("/Learning/CheckIn", new Dictionary<string, string> { ["Code"] = $" {code[..3].ToLowerInvariant()}-{code[3..]} " });
        Assert.Equal(HttpStatusCode.Redirect, checkedIn.StatusCode);
        Assert.Contains("You are checked in to Reading conference.", Html.Text(await teachers[0].GetPageAsync(checkedIn.Headers.Location!.OriginalString)));
        var marked = await coach.PostFormAsync($"/Learning/Roster/{sessionId}", new Dictionary<string, string> { [$"Minutes[{ids[2]}]"] = "60" });
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        // Credits by type, from attendance.
        var first = await teachers[0].GetPageAsync("/Learning/Transcript");
        var third = await teachers[2].GetPageAsync("/Learning/Transcript");
        Assert.Equal(("2", "0.2"), (Html.TestId(first, "total-Clock hours"), Html.TestId(first, "total-State CEUs")));
        Assert.Equal(("1", "0.1"), (Html.TestId(third, "total-Clock hours"), Html.TestId(third, "total-State CEUs")));
        var csv = await (await teachers[2].GetAsync("/Learning/Transcript?handler=Export")).Content.ReadAsStringAsync();
        Assert.Contains("Reading conference", csv);
        var row = csv.Split('\n').Single(l => l.StartsWith("Reading conference,", StringComparison.Ordinal)).TrimEnd('\r').Split(',');
        Assert.Equal(["60", "120"], row[3..5]);
        Assert.Equal([1m, 0.1m], row[5..].Select(c => decimal.Parse(c, CultureInfo.InvariantCulture)));

        // The certificate, read back, and checked by anyone at its public address.
        var certificate = await teachers[0].PostFormAsync("/Learning/Transcript", new Dictionary<string, string>(), $"/Learning/Transcript?handler=Certificate&registrationId={ids[0]}");
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await certificate.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Certificate of completion", text);
        Assert.Contains("Test Teacher", text);
        Assert.Contains("completed Reading conference on", text);
        Assert.Contains("Credits: 2 Clock hours; 0.2 State CEUs", text);
        var verification = CodePattern().Match(text).Groups[1].Value;
        Assert.StartsWith(people.District.Id.ToString("N").ToUpperInvariant(), verification);
        Assert.Contains($"/Learning/Verify/{verification}", text);

        using var anyone = BrowserlessClient.For(factory);
        var check = await anyone.GetAsync($"/Learning/Verify/{verification}");
        var shown = Html.Text(await check.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Contains("This certificate is genuine.", shown);
        Assert.Equal("Name Test Teacher Offering Reading conference Completed on " + DateTimeOffset.UtcNow.AddMinutes(20).UtcDateTime.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) + " Credits 2 Clock hours; 0.2 State CEUs",
            Regex.Replace(Html.Text(CertificateBlock(await check.Content.ReadAsStringAsync())), @"\s+", " ").Trim());
        foreach (var hidden in new[] { people.Teachers[0].Email, "Maple Elementary", "Room 4", "120", "Grade 3 teachers", people.District.Name })
        {
            Assert.DoesNotContain(hidden, shown);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/Learning/Verify/{verification[..^1]}Z")).StatusCode);
        foreach (var client in teachers)
        {
            client.Dispose();
        }
    }

    private static Task<HttpResponseMessage> Approve(BrowserlessClient client, Guid registrationId) =>
        client.PostFormAsync("/Learning/Approvals", new Dictionary<string, string>(), $"/Learning/Approvals?handler=Approve&id={registrationId}");

    private Task<List<Guid>> RegistrationIdsAsync(LearningPeople people) =>
        factory.InScopeAsync(people.District.Id, async (_, db) =>
        {
            var byUser = await db.Registrations.ToDictionaryAsync(r => r.UserId, r => r.Id);
            return people.Teachers.Select(t => byUser[t.Id]).ToList();
        });

    private static string CertificateBlock(string page) =>
        Regex.Match(page, "<dl class=\"facts\" data-testid=\"certificate\">(.*?)</dl>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("Verification code: ([0-9A-Z]{44})")]
    private static partial Regex CodePattern();
}
