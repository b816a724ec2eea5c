using Beacon.BrowserTests.Infrastructure;
using Beacon.Web.Features.Communities;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class CommunityCreationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Leader_CreatesEachKindOfCommunity_ThenAMeetingKeepsNotesAndMembersCheckThemselvesIn()
    {
        var leader = await browser.SignedInPageAsync("leader@riverside.example");
        foreach (var (name, kind, school) in new[]
                 {
                     ("Grade 3 maths PLC", "School PLC", true),
                     ("Questioning TLC", "Teacher learning community", false),
                     ("Reading fluency inquiry", "Inquiry group", false),
                     ("East side network", "Network", false),
                 })
        {
            await leader.GotoAsync("/Communities");
            await leader.GetByRole(AriaRole.Link, new() { Name = "New community" }).First.ClickAsync();
            await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New learning community");
            await leader.GetByLabel("Name").FillAsync(name);
            await leader.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = kind });
            if (school)
            {
                await leader.GetByLabel("School (leave empty").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            }
            await leader.GetByRole(AriaRole.Button, new() { Name = "Create community" }).ClickAsync();
            await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
            await Assertions.Expect(leader.Locator("dl.facts dd").First).ToContainTextAsync(kind);
        }

        // The coach runs the demo community's meeting: notes typed under two items survive one Save.
        var coach = await browser.SignedInPageAsync("coach@riverside.example");
        await coach.GotoAsync("/Communities");
        await coach.GetByRole(AriaRole.Link, new() { Name = DemoCommunities.Name }).ClickAsync();
        await coach.GetByRole(AriaRole.Button, new() { Name = "Start the meeting" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Meeting of {DemoCommunities.Name}");
        var meetingUrl = coach.Url.Split('?')[0];
        await coach.GetByLabel("Notes on Introduction").FillAsync("Two new members joined.");
        await coach.GetByLabel("Notes on New learning").FillAsync("Watched the hinge-question clip.");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).First.ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToHaveTextAsync("Meeting saved.");
        await Assertions.Expect(coach.GetByLabel("Notes on Introduction")).ToHaveValueAsync("Two new members joined.");
        await Assertions.Expect(coach.GetByLabel("Notes on New learning")).ToHaveValueAsync("Watched the hinge-question clip.");

        // Two members check themselves in from their own phones.
        foreach (var email in new[] { "teacher@riverside.example", "principal@riverside.example" })
        {
            var member = await browser.SignedInPageAsync(email, new ViewportSize { Width = 375, Height = 800 });
            await member.GotoAsync(meetingUrl);
            await member.GetByRole(AriaRole.Button, new() { Name = "Check in: I'm here" }).ClickAsync();
            await Assertions.Expect(member.GetByText("You are checked in to this meeting.")).ToBeVisibleAsync();
        }
        await coach.ReloadAsync();
        await Assertions.Expect(coach.GetByLabel("Terry Teacher", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(coach.GetByLabel("Pat Principal", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(coach.GetByLabel("Casey Coach", new() { Exact = true })).Not.ToBeCheckedAsync();
    }
}
