using System.Globalization;
using Beacon.BrowserTests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class MentoringJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Programme = "Induction journey";

    [Fact]
    public async Task Induction_ProgrammeToFirstLoggedSession_FirstMeetingMilestoneMet()
    {
        var mentorEmail = await DemoTeacherStaffEmailAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // The coordinator sets up an induction programme whose first meeting is due within 10 school days.
        var leader = await browser.SignedInPageAsync("leader@riverside.example");
        await MainNav.ClickAsync(leader, "Mentoring");
        await leader.GetByRole(AriaRole.Link, new() { Name = "New programme" }).ClickAsync();
        await leader.GetByLabel("Name", new() { Exact = true }).FillAsync(Programme);
        await leader.GetByLabel("Kind of programme").SelectOptionAsync(new SelectOptionValue { Label = "New-teacher induction" });
        await leader.GetByLabel("Mentors have at least this many years of experience").FillAsync("0");
        await leader.GetByLabel("Mentees per mentor").FillAsync("1");
        await leader.GetByLabel("Milestones (one per line, \"school days after the start: name\")").FillAsync("10: First meeting\n40: Observation feedback");
        await leader.GetByLabel("Pairings start on").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await leader.GetByRole(AriaRole.Button, new() { Name = "Create programme" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Programme);
        await Accessibility.AssertNoSeriousViolationsAsync(leader);

        // The demo teacher is nominated as the one mentor; the matching pairs one new teacher with them.
        await leader.GetByLabel("Email").FillAsync(mentorEmail);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Nominate" }).ClickAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = "Run the matching" }).ClickAsync();
        await Assertions.Expect(leader.GetByText("The matching has not been run yet.")).ToBeVisibleAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Run the matching", Exact = true }).ClickAsync();
        await Assertions.Expect(leader.GetByText("Proposed: 1 pair,")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(leader);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Confirm these pairs" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Programme);
        var pairingLink = leader.GetByRole(AriaRole.Table).Last.GetByRole(AriaRole.Link);
        await Assertions.Expect(pairingLink).ToHaveCountAsync(1);
        var pairingUrl = await pairingLink.GetAttributeAsync("href");

        // The mentor finds the pairing among their own and logs the first session.
        var mentor = await browser.SignedInPageAsync("teacher@riverside.example");
        await MainNav.ClickAsync(mentor, "Mentoring");
        await mentor.Locator($"a[href='{pairingUrl}']").ClickAsync();
        var firstMeeting = mentor.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "First meeting" });
        await Assertions.Expect(firstMeeting).ToContainTextAsync("open");
        await mentor.GetByLabel("Date", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await mentor.GetByLabel("Minutes").FillAsync("60");
        await mentor.GetByLabel("Focus").SelectOptionAsync(new SelectOptionValue { Label = "Planning" });
        await mentor.GetByLabel("Notes (only the two of you see them)").FillAsync("Agreed a weekly planning slot.");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Log session" }).ClickAsync();

        // The first meeting is met on the session's day, on time; the later milestone stays open.
        await Assertions.Expect(firstMeeting).ToContainTextAsync("met " + today.ToString("d MMM yyyy", CultureInfo.CurrentCulture) + " (on time)");
        await Assertions.Expect(mentor.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Observation feedback" })).ToContainTextAsync("open");
        await Assertions.Expect(mentor.GetByRole(AriaRole.Cell, new() { Name = "Agreed a weekly planning slot." })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(mentor);

        // The coordinator sees the milestone met and the hours, never the note.
        await leader.GotoAsync(pairingUrl!);
        await Assertions.Expect(leader.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "First meeting" })).ToContainTextAsync("(on time)");
        await Assertions.Expect(leader.GetByText("1.0 hours")).ToBeVisibleAsync();
        await Assertions.Expect(leader.GetByText("Agreed a weekly planning slot.")).ToHaveCountAsync(0);
    }

    /// <summary>The demo teacher's staff email, which the nomination form asks for.</summary>
    private async Task<string> DemoTeacherStaffEmailAsync()
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var account = await db.Users.Where(u => u.Email == "teacher@riverside.example").Select(u => new { u.DistrictId, u.StaffMemberId }).FirstAsync();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(account.DistrictId!.Value);
        return await db.StaffMembers.Where(s => s.Id == account.StaffMemberId).Select(s => s.Email!).FirstAsync();
    }
}
