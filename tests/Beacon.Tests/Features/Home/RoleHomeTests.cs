using System.Globalization;
using Beacon.Tests.Infrastructure;

namespace Beacon.Tests.Features.Home;

/// <summary>Each role's home on a district with known to-dos and alerts shows exactly those lines, with their counts and links.</summary>
[Trait("Category", "Database")]
public class RoleHomeTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Home_Teacher_ShowsRatingsSurveyCommunityAndOwnedActions()
    {
        var s = await HomeScenario.CreateAsync(factory);
        using var client = await s.SignInAsync(s.Teacher);

        var page = await client.GetPageAsync("/");
        var lines = HomeScenario.Lines(page);

        var remaining = s.Indicators - HomeScenario.TeacherRated;
        Assert.Equal(
            [
                new HomeLine("todo", "ratings", remaining, $"{remaining} ratings to give Alder self-assessment 2026: {remaining} indicators"),
                new HomeLine("todo", "survey", null, $"Answer “Staff survey 2026” Open until {Date(Today.AddDays(10))}. Your answers are anonymous."),
                new HomeLine("todo", "actions", 2, "2 plan actions you own 1 overdue"),
                new HomeLine("communities", "next-meeting", null, $"Grade 3 PLC Next meeting {Date(Today.AddDays(2), "ddd d MMM yyyy")}, 15:30"),
                new HomeLine("communities", "action-plan", 2, "My action plan in Grade 3 PLC 2 techniques you are trying or planning"),
                new HomeLine("actions", "action", null, $"Run reading circles Alder plan · due {Date(Today.AddDays(-5))} · overdue"),
                new HomeLine("actions", "action", null, $"Share exit-ticket data Alder plan · due {Date(Today.AddDays(7))}"),
            ],
            lines);
        Assert.Contains($"href=\"/SelfAssessment/Rate/{s.CycleId}\"", page);
        Assert.Contains($"href=\"/Surveys/Answer/{s.SurveyId}\"", page);
        Assert.Contains($"href=\"/Communities/Plan/{s.MemberId}\"", page);
        Assert.Contains($"href=\"/Plans/Details/{s.SchoolPlanId}\"", page);
    }

    [Fact]
    public async Task Home_Principal_ShowsTheirSchoolAtAGlanceWithARateBandNeverACount()
    {
        var s = await HomeScenario.CreateAsync(factory);
        using var client = await s.SignInAsync(s.Principal);

        var page = await client.GetPageAsync("/");
        var lines = HomeScenario.Lines(page);

        var section = $"school-{s.Alder:N}";
        Assert.Equal(
            [
                new HomeLine(section, "flags", 2, "2 open flags Tier of support: Tier 3 – intensive"),
                new HomeLine(section, "goals", 1, "Plan goals: 1 at risk 1 action overdue in Alder plan"),
                new HomeLine(section, "cycle", 1, $"Self-assessment “Alder self-assessment 2026” 2 ratings of {2 * s.Indicators} given by 2 members; consensus on 1 of {s.Indicators} indicators"),
                new HomeLine(section, "survey", null, $"Survey “Staff survey 2026”: response rate 50–74% Open until {Date(Today.AddDays(10))}"),
                new HomeLine(section, "staffing", 12, "12 teachers, 1.5 vacancies Vacancies recorded for 2026-27"),
                new HomeLine(section, "meeting", null, $"Grade 3 PLC {Date(Today.AddDays(2), "ddd d MMM yyyy")}, 15:30"),
                new HomeLine(section, "meeting", null, $"Grade 3 PLC {Date(Today.AddDays(9), "ddd d MMM yyyy")}, 15:30"),
            ],
            lines);
        Assert.Contains("<h2 id=\"home-principal\">My school</h2>", page);
        // Seven of thirteen answered: neither figure may appear.
        Assert.DoesNotContain("7 of 13", page);
        Assert.DoesNotContain(">13<", page);
    }

    [Fact]
    public async Task Home_DistrictLeader_ShowsGoalsTiersFlagsCyclesSurveysEquityAndOverdue()
    {
        var s = await HomeScenario.CreateAsync(factory);
        using var client = await s.SignInAsync(s.Leader);

        var lines = HomeScenario.Lines(await client.GetPageAsync("/"));

        Assert.Equal(
            [
                new HomeLine("plan", "goals", 2, "District goals: 1 on track, 1 off track Riverside strategic plan"),
                new HomeLine("plan", "overdue", 2, "2 actions overdue across the district and school plans"),
                new HomeLine("support", "new-flags", 1, "1 new flag to review 1 escalated"),
                new HomeLine("support", "tier", 1, "Tier 1 – universal: 1 school"),
                new HomeLine("support", "tier", 1, "Tier 3 – intensive: 1 school"),
                new HomeLine("listen", "cycles", 1, "1 self-assessment in progress"),
                new HomeLine("listen", "surveys", 1, "1 survey open"),
            ],
            lines.Where(l => l.Section != "equity"));
        Assert.Equal("equity", Assert.Single(lines, l => l.Section == "equity").Key);
    }

    [Fact]
    public async Task Home_Trustee_SummarisesTheBoardReport()
    {
        var s = await HomeScenario.CreateAsync(factory);
        using var client = await s.SignInAsync(s.Trustee);

        var page = await client.GetPageAsync("/");

        Assert.Equal(
            [
                new HomeLine("board", "board", null, "Board report: Riverside strategic plan 2026-27 to 2028-29"),
                new HomeLine("board", "goals", 2, "Goals: 1 on track, 1 off track"),
                new HomeLine("board", "review", null, $"Latest signed-off progress review: 2026-27 Q2 Signed off {HomeLineDate(page)}"),
                new HomeLine("board", "school-plans", 1, "1 school plan under this plan"),
            ],
            HomeScenario.Lines(page));
        Assert.Contains("href=\"/Plans/Board\"", page);
    }

    [Fact]
    public async Task Home_HumanResources_ShowsEquityAndSchoolsWithVacancies()
    {
        var s = await HomeScenario.CreateAsync(factory);
        using var client = await s.SignInAsync(s.Hr);

        var page = await client.GetPageAsync("/");
        var lines = HomeScenario.Lines(page);

        Assert.Equal(
            [
                new HomeLine("alerts", "vacancies", 2, "2 schools with vacancies in 2026-27 3.5 FTE vacant in all"),
                new HomeLine("alerts", "school-vacancies", null, "Birch Middle 2 FTE vacant"),
                new HomeLine("alerts", "school-vacancies", null, "Alder Elementary 1.5 FTE vacant"),
            ],
            lines.Where(l => l.Section == "alerts"));
        Assert.Contains($"href=\"/Staffing/School/{s.Birch}\"", page);
        Assert.Contains("href=\"/Staffing/Equity\"", page);
    }

    [Fact]
    public async Task Home_Administrator_ShowsImportsInvitationsUploadsAndMail()
    {
        var s = await HomeScenario.CreateAsync(factory);
        using var client = await s.SignInAsync(s.Admin);

        var lines = HomeScenario.Lines(await client.GetPageAsync("/"));

        Assert.Equal(["Staff: staff.csv", "Schools: schools.csv"], lines.Where(l => l.Key == "import").Select(l => l.Text[..l.Text.IndexOf(".csv", StringComparison.Ordinal)] + ".csv"));
        Assert.Contains("Applied: 40 created, 2 updated, 1 unchanged", Assert.Single(lines, l => l.Text.StartsWith("Schools:", StringComparison.Ordinal)).Text);
        Assert.Contains("Waiting for you to confirm", Assert.Single(lines, l => l.Text.StartsWith("Staff:", StringComparison.Ordinal)).Text);
        Assert.Equal(
            [
                new HomeLine("health", "invitations", 1, "1 person invited, not signed in yet Resend an invitation from their account if it has expired."),
                new HomeLine("health", "uploads", 1, "1 upload waiting for confirmation Unconfirmed uploads are deleted after a day by the clean-up job."),
            ],
            lines.Where(l => l.Section == "health" && l.Key != "mail"));
        var mail = Assert.Single(lines, l => l.Key == "mail");
        Assert.Equal(2, mail.Count);
        Assert.StartsWith("1 mail waiting, 1 failed", mail.Text);
    }

    [Fact]
    public async Task Home_TeacherWithNothingToDo_SaysSoInTheirWords()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Beacon.Web.Identity.Roles.Teacher));

        var page = await client.GetPageAsync("/");

        Assert.Empty(HomeScenario.Lines(page));
        Assert.Contains("Nothing is waiting for you.", page);
        Assert.Contains("You are not in a learning community yet.", page);
        Assert.Contains("You own no open actions in an improvement plan.", page);
    }

    private static string Date(DateOnly date, string format = "d MMM yyyy") => date.ToString(format, CultureInfo.InvariantCulture);

    // The sign-off time is the fixture's "now", so it is read back rather than predicted to the minute.
    private static string HomeLineDate(string page)
    {
        var at = page.IndexOf("Signed off ", StringComparison.Ordinal) + "Signed off ".Length;
        return page[at..page.IndexOf("UTC", at, StringComparison.Ordinal)] + "UTC";
    }
}
