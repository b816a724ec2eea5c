using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Mentoring;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Mentoring;

[Trait("Category", "Database")]
public class MentoringPagesTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static readonly string[] SessionNotes = ["Secret note about routines", "Secret note about questioning"];

    [Fact]
    public async Task Induction_MatchLockTwoRerunConfirmAndLog_PairSeesNotesPrincipalSeesHoursOthers404()
    {
        var district = await factory.CreateDistrictAsync();
        var f = await MentoringFixture.CreateAsync(factory, district);
        var coordinator = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, coordinator);

        var created = await client.PostFormAsync("/Mentoring/Programmes/New", new Dictionary<string, string>
        {
            ["Form.Name"] = "Induction 2026",
            ["Form.Kind"] = "Induction",
            ["Form.MenteeRole"] = "Teacher",
            ["Form.MenteeMaxYears"] = "1",
            ["Form.MentorMinYears"] = "5",
            ["Form.DefaultCapacity"] = "1",
            ["Form.RequiredHours"] = "20",
            ["Form.FocusAreas"] = "Classroom management\nPlanning",
            ["Form.Milestones"] = "10: First meeting\n60: Observation cycle",
            ["Form.StartsOn"] = "2026-09-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = created.Headers.Location!.OriginalString;
        var id = details.Split('/')[^1];
        foreach (var mentor in new[] { f.X, f.Y, f.Z })
        {
            var nominated = await client.PostFormAsync(details, new Dictionary<string, string> { ["Nomination.Email"] = MentoringFixture.EmailOf(mentor) }, details + "?handler=Nominate");
            Assert.Equal(HttpStatusCode.Redirect, nominated.StatusCode);
        }

        var match = $"/Mentoring/Programmes/Match/{id}";
        Assert.Contains("The matching has not been run yet.", await client.GetPageAsync(match));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(match, new Dictionary<string, string>(), match + "?handler=Run")).StatusCode);
        var proposed = WebUtility.HtmlDecode(await client.GetPageAsync(match));
        Assert.Contains("Proposed: 3 pairs, total fit 208", proposed);
        Assert.Contains("same subject (Mathematics) +30", proposed);

        // Lock the crossed pairs A–Z and C–X: the re-run keeps them and pairs B with Y.
        foreach (var (mentee, mentor) in new[] { (f.A, f.Z), (f.C, f.X) })
        {
            var locked = await client.PostFormAsync(match, new Dictionary<string, string>(), $"{match}?handler=Lock&menteeId={mentee}&mentorId={mentor}");
            Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        }
        var notRerun = WebUtility.HtmlDecode(await client.GetPageAsync(match));
        Assert.Contains("changed since this proposal", notRerun);
        Assert.DoesNotContain("Confirm these pairs", notRerun);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(match, new Dictionary<string, string>(), match + "?handler=Run")).StatusCode);
        var rerun = WebUtility.HtmlDecode(await client.GetPageAsync(match));
        Assert.DoesNotContain("changed since this proposal", rerun);
        Assert.Equal(2, rerun.Split("aria-label=\"Unlock ").Length - 1);
        Assert.Contains("Unlock Alex Tester with Zed Tester", rerun);
        Assert.Contains("Unlock Cal Tester with Xavi Tester", rerun);
        Assert.Contains("Lock Bea Tester with Yara Tester", rerun);

        var confirmed = await client.PostFormAsync(match, new Dictionary<string, string>(), match + "?handler=Confirm");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var pairings = await factory.InScopeAsync(district.Id, (_, db) => db.Pairings.Include(p => p.MilestoneList).ToListAsync());
        Assert.Equal(3, pairings.Count);
        var az = pairings.Single(p => p.MenteeId == f.A);
        Assert.Equal(f.Z, az.MentorId);
        Assert.Equal(f.X, pairings.Single(p => p.MenteeId == f.C).MentorId);
        Assert.Equal(f.Oak, az.SchoolId);
        Assert.Equal(["First meeting", "Observation cycle"], az.MilestoneList.OrderBy(m => m.DueOn).Select(m => m.Name));

        // The mentor logs two sessions.
        using var mentorClient = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher, f.Z));
        var pairingUrl = $"/Mentoring/Pairings/Details/{az.Id}";
        foreach (var (note, minutes) in SessionNotes.Zip(new[] { "60", "30" }))
        {
            var logged = await mentorClient.PostFormAsync(pairingUrl, new Dictionary<string, string>
            {
                ["Session.Date"] = "2026-09-08",
                ["Session.Minutes"] = minutes,
                ["Session.Focus"] = "Planning",
                ["Session.Notes"] = note,
                ["Session.NextSteps"] = "Try it",
            }, pairingUrl + "?handler=Log");
            Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        }
        var mentorView = WebUtility.HtmlDecode(await mentorClient.GetPageAsync(pairingUrl));
        Assert.Contains(SessionNotes[0], mentorView);
        Assert.Contains("1.5 hours", mentorView);

        // Another pair's mentee: not found. The principal of A's school: hours, no notes.
        using var otherMentee = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher, f.C));
        Assert.Equal(HttpStatusCode.NotFound, (await otherMentee.GetAsync(pairingUrl)).StatusCode);
        using var principal = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.SchoolLeader, f.P));
        var principalView = WebUtility.HtmlDecode(await principal.GetPageAsync(pairingUrl));
        Assert.Contains("1.5 hours", principalView);
        Assert.Contains("Planning", principalView);
        Assert.DoesNotContain("Secret note", principalView);
        Assert.DoesNotContain("Try it", principalView);
        Assert.Contains("Alex Tester", WebUtility.HtmlDecode(await principal.GetPageAsync("/Mentoring")));
        Assert.DoesNotContain("Secret note", WebUtility.HtmlDecode(await client.GetPageAsync(pairingUrl)));
        var audited = await factory.InScopeAsync(district.Id, (_, db) => db.AuditEntries.Where(a => a.Entity == nameof(MentoringSession)).Select(a => a.Changes).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.All(audited, changes => Assert.DoesNotContain("Secret note", changes));
    }

    [Fact]
    public async Task Match_PoolChangedAfterTheRun_ViewShowsStoredProposalAndConfirmAsksForARerun()
    {
        var district = await factory.CreateDistrictAsync();
        var f = await MentoringFixture.CreateAsync(factory, district);
        var id = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var programme = new MentoringProgramme { Name = "Peer", MentorMinYears = 5, MenteeMaxYears = 1, SameSubjectRequired = true, StartsOn = new DateOnly(2026, 9, 1) };
            db.MentoringProgrammes.Add(programme);
            db.MentorPoolEntries.Add(new MentorPoolEntry { ProgrammeId = programme.Id, StaffMemberId = f.X, Capacity = 1, Confirmed = true });
            await db.SaveChangesAsync();
            return programme.Id;
        });
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var match = $"/Mentoring/Programmes/Match/{id}";
        await client.PostFormAsync(match, new Dictionary<string, string>(), match + "?handler=Run");
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            db.MentorPoolEntries.Add(new MentorPoolEntry { ProgrammeId = id, StaffMemberId = f.Z, Capacity = 1, Confirmed = true });
            await db.SaveChangesAsync();
        });

        var view = WebUtility.HtmlDecode(await client.GetPageAsync(match));
        var confirm = await client.PostFormAsync(match, new Dictionary<string, string>(), match + "?handler=Confirm");
        var confirmBody = WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync());
        await client.PostFormAsync(match, new Dictionary<string, string>(), match + "?handler=Run");
        var rerun = WebUtility.HtmlDecode(await client.GetPageAsync(match));

        Assert.Contains("Proposed: 1 pair,", view);
        Assert.Contains("changed since this proposal", view);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Run the matching again first", confirmBody);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Pairings.CountAsync()));
        Assert.Contains("Proposed: 2 pairs", rerun);
        Assert.Contains("Confirm these pairs", rerun);
    }

    [Fact]
    public async Task Session_NoMinutesAndFocusOffTheList_ShowsFieldMessages()
    {
        var district = await factory.CreateDistrictAsync();
        var f = await MentoringFixture.CreateAsync(factory, district);
        var pairingId = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var programme = new MentoringProgramme { Name = "Peer", FocusAreas = "Planning", StartsOn = new DateOnly(2026, 9, 1) };
            var pairing = new Pairing { Programme = programme, MenteeId = f.A, MentorId = f.X, SchoolId = f.Oak, StartedOn = programme.StartsOn };
            db.Pairings.Add(pairing);
            await db.SaveChangesAsync();
            return pairing.Id;
        });
        using var mentee = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher, f.A));
        var url = $"/Mentoring/Pairings/Details/{pairingId}";

        var response = await mentee.PostFormAsync(url, new Dictionary<string, string> { ["Session.Date"] = "2026-09-08", ["Session.Focus"] = "Gossip" }, url + "?handler=Log");

        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter how many minutes the session took.", body);
        Assert.Contains("Choose the focus from the programme's list.", body);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.MentoringSessions.CountAsync()));
    }
}
