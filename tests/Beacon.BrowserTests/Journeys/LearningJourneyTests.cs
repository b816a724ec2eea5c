using System.Globalization;
using System.Text.RegularExpressions;
using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Beacon.BrowserTests.Journeys;

/// <summary>Acceptance 4: a teacher finds an offering, registers, is approved, checks in by code and downloads the certificate.</summary>
public partial class LearningJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1366, 800)]
    [InlineData(375, 800)]
    public async Task Teacher_FindsRegistersIsApprovedChecksIn_DownloadsACertificateThatVerifies(int width, int height)
    {
        var viewport = new ViewportSize { Width = width, Height = height };
        var title = $"Hinge questions in science ({width.ToString(CultureInfo.InvariantCulture)})";

        // The office drafts a paid workshop starting in ten minutes, credits it and publishes it.
        var office = await browser.SignedInPageAsync("leader@riverside.example", viewport);
        await office.GotoAsync("/Learning/New");
        await office.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await office.GetByLabel("Who it is for").FillAsync("Science teachers");
        await office.GetByLabel("Cost per place").FillAsync("40");
        await office.GetByLabel("Name or email").FillAsync("casey");
        await office.GetByLabel("Name or email").PressAsync("Enter");
        await office.GetByRole(AriaRole.Radio, new() { NameRegex = CaseyCoach() }).CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Save the draft", Exact = true }).ClickAsync();
        await office.GetByLabel("Starts (local time)").FillAsync(DateTime.UtcNow.AddMinutes(10).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await office.GetByLabel("Length in minutes").FillAsync("120");
        await office.GetByLabel("Time zone").SelectOptionAsync("UTC");
        await office.GetByLabel("Place", new() { Exact = true }).FillAsync("Science lab 2");
        await office.GetByLabel("Places", new() { Exact = true }).FillAsync("12");
        await office.GetByRole(AriaRole.Button, new() { Name = "Add the session", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("sessions")).ToContainTextAsync("Science lab 2");
        await office.GetByLabel("Credit type").SelectOptionAsync(new SelectOptionValue { Label = "Clock hours" });
        await office.GetByLabel("Amount for full attendance").FillAsync("2");
        await office.GetByRole(AriaRole.Button, new() { Name = "Save the credit", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("credits")).ToHaveTextAsync("2 Clock hours");
        await office.GetByRole(AriaRole.Button, new() { Name = "Publish to the catalog", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("offering-status")).ToHaveTextAsync("In the catalog");
        var offeringUrl = new Uri(office.Url).AbsolutePath;

        // The teacher searches the catalog and registers.
        var teacher = await browser.SignedInPageAsync("teacher@riverside.example", viewport);
        await teacher.GotoAsync("/Learning");
        await teacher.GetByLabel("Search offerings").FillAsync("hinge questions");
        await teacher.GetByLabel("Search offerings").PressAsync("Enter");
        await teacher.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Accessibility.AssertNoSeriousViolationsAsync(teacher);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("my-registration")).ToHaveTextAsync("Awaiting the principal's approval");

        // The principal, then the office (the workshop is paid), approve.
        var principal = await browser.SignedInPageAsync("principal@riverside.example", viewport);
        await Approve(principal, title);
        await teacher.ReloadAsync();
        await Assertions.Expect(teacher.GetByTestId("my-registration")).ToHaveTextAsync("Awaiting the professional learning office's approval");
        await Approve(office, title);
        await teacher.ReloadAsync();
        await Assertions.Expect(teacher.GetByTestId("my-registration")).ToHaveTextAsync("Enrolled");

        // The facilitator's roster shows the code in the room; the teacher checks in with it.
        var coach = await browser.SignedInPageAsync("coach@riverside.example", viewport);
        await coach.GotoAsync(offeringUrl);
        await coach.GetByRole(AriaRole.Link, new() { NameRegex = RosterLink() }).ClickAsync();
        var code = (await coach.GetByTestId("check-in-code").InnerTextAsync()).Trim();
        await teacher.GotoAsync("/Learning/CheckIn");
        await teacher.GetByLabel("Check-in code").FillAsync(code);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Status)).ToHaveTextAsync($"You are checked in to {title}.");

        // The certificate: a PDF whose verification page shows it.
        await teacher.GotoAsync("/Learning/Transcript");
        await Accessibility.AssertNoSeriousViolationsAsync(teacher);
        var download = await teacher.RunAndWaitForDownloadAsync(() =>
            teacher.GetByRole(AriaRole.Button, new() { Name = $"Download the certificate for {title}", Exact = true }).ClickAsync());
        var file = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        var verification = VerificationCode().Match(text);
        Assert.True(verification.Success, $"no verification code in the certificate: {text}");

        var anyone = await browser.NewPageAsync(viewport);
        await anyone.GotoAsync($"/Learning/Verify/{verification.Groups[1].Value}");
        await Assertions.Expect(anyone.GetByRole(AriaRole.Status)).ToHaveTextAsync("This certificate is genuine.");
        await Assertions.Expect(anyone.GetByTestId("certificate")).ToContainTextAsync("Terry Teacher");
        await Assertions.Expect(anyone.GetByTestId("certificate")).ToContainTextAsync(title);
        await Assertions.Expect(anyone.GetByTestId("certificate")).ToContainTextAsync("Clock hours");
        await Accessibility.AssertNoSeriousViolationsAsync(anyone);
        var scrollWidth = await anyone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the verification page scrolls sideways ({scrollWidth}px wide)");
    }

    private static async Task Approve(IPage approver, string title)
    {
        await approver.GotoAsync("/Learning/Approvals");
        await approver.GetByRole(AriaRole.Button, new() { Name = $"Approve Terry Teacher for {title}", Exact = true }).ClickAsync();
        await Assertions.Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync("Terry Teacher: ");
    }

    [GeneratedRegex("^Casey Coach")]
    private static partial Regex CaseyCoach();

    [GeneratedRegex("^Roster and check-in")]
    private static partial Regex RosterLink();

    [GeneratedRegex("Verification code: ([0-9A-Z]{44})")]
    private static partial Regex VerificationCode();
}
