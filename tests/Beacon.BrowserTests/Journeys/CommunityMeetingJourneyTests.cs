using Beacon.BrowserTests.Infrastructure;
using Beacon.Web.Features.Communities;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class CommunityMeetingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Facilitator_RunsTlcMeeting_AttendanceCheckInsNewTechniqueAndSummarySaved()
    {
        var coach = await browser.SignedInPageAsync("coach@riverside.example");
        await MainNav.ClickAsync(coach, "Communities");
        await Accessibility.AssertNoSeriousViolationsAsync(coach);
        await coach.GetByRole(AriaRole.Link, new() { Name = DemoCommunities.Name }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(coach);

        // Start from the TLC template; the date defaults to the next meeting of the series.
        await coach.GetByLabel("Agenda").SelectOptionAsync(new SelectOptionValue { Label = "Teacher learning community meeting" });
        await coach.GetByRole(AriaRole.Button, new() { Name = "Start the meeting" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Meeting of {DemoCommunities.Name}");
        foreach (var item in new[] { "1. Introduction", "2. Starter activity", "3. How's it going?", "4. New learning", "5. Personal action planning", "6. Summary" })
        {
            await Assertions.Expect(coach.GetByRole(AriaRole.Heading, new() { Name = item })).ToBeVisibleAsync();
        }
        await Accessibility.AssertNoSeriousViolationsAsync(coach);

        // Attendance: everyone is here.
        foreach (var name in new[] { "Casey Coach", "Pat Principal", "Terry Teacher" })
        {
            await coach.GetByLabel(name, new() { Exact = true }).CheckAsync();
        }

        // How's it going: each member reports against their plan; Terry's exit questions are now embedded.
        await coach.GetByLabel("What Casey Coach reports").FillAsync("Modelled exit questions in two classrooms.");
        await coach.GetByLabel("Pat Principal: what happened with Random responders").FillAsync("Name sticks in every staff meeting too.");
        await coach.GetByLabel("Terry Teacher: what happened with Exit questions").FillAsync("Sorting the slips tells me whom to regroup.");
        await coach.GetByLabel("Progress of Exit questions (Terry Teacher)").SelectOptionAsync(new SelectOptionValue { Label = "Embedded" });
        await coach.GetByLabel("Terry Teacher: what happened with Longer thinking time").FillAsync("Not started yet.");
        // One save keeps the attendance ticked above and every report typed here.
        await coach.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).Last.ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToHaveTextAsync("Meeting saved.");
        await Assertions.Expect(coach.GetByLabel("Pat Principal", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(coach.GetByLabel("Pat Principal: what happened with Random responders")).ToHaveValueAsync("Name sticks in every staff meeting too.");
        var meetingUrl = coach.Url.Split('?')[0];

        // Personal action planning: Terry takes on a new technique now that one is embedded.
        await coach.GetByRole(AriaRole.Link, new() { Name = "Plan of Terry Teacher" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(coach);
        await Assertions.Expect(coach.GetByRole(AriaRole.Heading, new() { Name = "Exit questions Embedded" })).ToBeVisibleAsync();
        await coach.GetByLabel("Technique", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hinge question" });
        await coach.GetByLabel("How I will adapt it to my classroom").FillAsync("One hinge question before the group task in maths.");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Add to the plan" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Heading, new() { Name = "Hinge question Planned" })).ToBeVisibleAsync();

        // Summary.
        await coach.GotoAsync(meetingUrl);
        await coach.GetByLabel("Decisions").FillAsync("Next meeting's new learning: hinge questions.");
        await coach.GetByLabel("Summary", new() { Exact = true }).FillAsync("All three reported; exit questions embedded for Terry; Terry adds hinge questions.");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).Last.ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToHaveTextAsync("Meeting saved.");
        await Assertions.Expect(coach.GetByLabel("Summary", new() { Exact = true })).ToHaveValueAsync("All three reported; exit questions embedded for Terry; Terry adds hinge questions.");

        // The teacher sees the new technique in their own plan; the leader sees it only as a count.
        var teacher = await browser.SignedInPageAsync("teacher@riverside.example");
        await teacher.GotoAsync("/Communities");
        await teacher.GetByRole(AriaRole.Link, new() { Name = DemoCommunities.Name }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = "My plan" }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "Hinge question Planned" })).ToBeVisibleAsync();
        var leader = await browser.SignedInPageAsync("leader@riverside.example");
        await leader.GotoAsync("/Communities/Overview");
        await Accessibility.AssertNoSeriousViolationsAsync(leader);
        await Assertions.Expect(leader.GetByRole(AriaRole.Row, new() { Name = "Hinge question 1 0" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("coach@riverside.example", "/Communities/Techniques", "Technique library")]
    [InlineData("coach@riverside.example", "/Communities/Templates", "Agenda templates")]
    [InlineData("coach@riverside.example", "/Communities/New", "New learning community")]
    [InlineData("teacher@riverside.example", "/Communities/Calendar", "My calendar feed")]
    [InlineData("admin@riverside.example", "/Communities/Settings", "Community settings")]
    [InlineData("admin@riverside.example", "/Communities/Networks/Join", "Join another district's network")]
    public async Task CommunityPage_SignedIn_ShowsItsHeadingWithNoSeriousAccessibilityViolations(string email, string url, string heading)
    {
        var page = await browser.SignedInPageAsync(email);
        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
