using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Features.Plans;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Learning;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Learning;

/// <summary>Acceptance 3: the coherence check and plan reviews show the learning tied to each goal, and the goals and priorities with none.</summary>
[Trait("Category", "Database")]
public partial class LearningCoherenceTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task Coherence_FixtureWithKnownGaps_ListsExactlyTheLearningPerGoalAndTheGoalsAndPrioritiesWithout()
    {
        var fixture = await GapsFixture.CreateAsync(factory);
        var leader = await factory.CreateAccountAsync(fixture.District, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var page = await client.GetPageAsync("/Plans/Coherence");

        Assert.Equal(["Phonics workshop"], Offerings(page, fixture.Goals["Reading"]));
        Assert.Equal(["Fractions institute", "Number talks"], Offerings(page, fixture.Goals["Mathematics"]));
        Assert.Empty(Offerings(page, fixture.Goals["Attendance"]));
        Assert.Equal(["Phonics workshop", "Reading recovery"], Offerings(page, fixture.Goals["School reading"]));
        Assert.Empty(Offerings(page, fixture.Goals["Wellbeing"]));
        Assert.Equal(["Attendance", "Wellbeing"], Gap(page, "goal-without-learning").Order());
        Assert.Equal(["Quality review QA.2: Indicator QA.2 (district)", "Quality review QA.3: Indicator QA.3 (district)"],
            Gap(page, "priority-without-learning").Order());
        Assert.DoesNotContain("Draft attendance course", page);
        Assert.DoesNotContain("Withdrawn attendance module", page);
    }

    [Fact]
    public async Task ReviewOfSchoolPlan_GoalsWithAndWithoutLearning_EvidencePanelListsTheLearningOfEach()
    {
        var fixture = await GapsFixture.CreateAsync(factory);
        var leader = await factory.CreateAccountAsync(fixture.District, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);
        var started = await client.PostFormAsync($"/Plans/Reviews/New/{fixture.SchoolPlan}", new Dictionary<string, string> { ["Year"] = "2025", ["Quarter"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

        var review = await client.GetPageAsync(started.Headers.Location!.OriginalString);

        Assert.Equal(["Phonics workshop", "Reading recovery"], Panel(review, fixture.Goals["School reading"]).Links);
        var wellbeing = Panel(review, fixture.Goals["Wellbeing"]);
        Assert.Empty(wellbeing.Links);
        Assert.Contains("none tagged to this goal.", wellbeing.Text);
    }

    private static List<string> Offerings(string page, Guid goalId)
    {
        var row = Regex.Match(page, $"<tr data-goal=\"{goalId}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row for goal {goalId}");
        return Links(row.Groups[1].Value);
    }

    private static (List<string> Links, string Text) Panel(string page, Guid goalId)
    {
        var panel = Regex.Match(page, $"<p class=\"hint\" data-learning-for=\"{goalId}\">(.*?)</p>", RegexOptions.Singleline);
        Assert.True(panel.Success, $"no learning panel for goal {goalId}");
        return (Links(panel.Groups[1].Value), Html.Text(panel.Groups[1].Value));
    }

    /// <summary>The goals of a gap list are links; its priorities are plain items.</summary>
    private static List<string> Gap(string page, string kind)
    {
        var list = Regex.Match(page, $"<ul data-gap=\"{kind}\">(.*?)</ul>", RegexOptions.Singleline);
        Assert.True(list.Success, $"no {kind} list");
        var links = Links(list.Groups[1].Value);
        return links.Count > 0 ? links : ListItem().Matches(list.Groups[1].Value).Select(m => Html.Text(m.Groups[1].Value).Trim()).ToList();
    }

    private static List<string> Links(string html) => LinkText().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<a [^>]*>([^<]+)</a>")]
    private static partial Regex LinkText();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();

    /// <summary>
    /// A district plan (Reading, Mathematics, Attendance) and a school plan (School reading, serving
    /// Reading; Wellbeing, serving nothing); learning tagged to Reading, Mathematics and School reading,
    /// and only a draft and a withdrawn offering tagged to Attendance. Priorities QA.1 (addressed under
    /// Reading), QA.2 (addressed under Attendance) and QA.3 (addressed by nothing).
    /// </summary>
    private sealed record GapsFixture(TestDistrict District, Guid SchoolPlan, IReadOnlyDictionary<string, Guid> Goals)
    {
        public static async Task<GapsFixture> CreateAsync(BeaconFactory factory)
        {
            var district = await factory.CreateDistrictAsync();
            var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading", "Mathematics", "Attendance");
            var (schoolId, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
            var schoolPlan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, schoolId);
            var framework = await PrioritiesFixture.FrameworkAsync(factory, district, "Quality review", "QA.1", "QA.2", "QA.3");
            await PrioritiesFixture.CycleAsync(factory, district, framework, null, DateTimeOffset.UtcNow.AddDays(-10), "QA.1", "QA.2", "QA.3");
            var goals = await factory.InScopeAsync(district.Id, async (_, db) =>
            {
                var goals = db.PlanGoals.Where(g => g.PlanId == districtPlan).ToDictionary(g => g.Title, g => g.Id);
                var schoolReading = new PlanGoal { Id = Guid.CreateVersion7(), PlanId = schoolPlan, Position = 1, Title = "School reading", DistrictGoalId = goals["Reading"] };
                var wellbeing = new PlanGoal { Id = Guid.CreateVersion7(), PlanId = schoolPlan, Position = 2, Title = "Wellbeing" };
                db.AddRange(schoolReading, wellbeing);
                goals[schoolReading.Title] = schoolReading.Id;
                goals[wellbeing.Title] = wellbeing.Id;
                Offering Tagged(string title, OfferingStatus status, params string[] goalTitles)
                {
                    var offering = new Offering { Id = Guid.CreateVersion7(), Title = title, Kind = OfferingKind.Workshop, Status = status };
                    offering.Goals.AddRange(goalTitles.Select(t => new OfferingGoal { GoalId = goals[t] }));
                    return offering;
                }
                db.AddRange(
                    Tagged("Phonics workshop", OfferingStatus.Published, "Reading"),
                    Tagged("Number talks", OfferingStatus.Published, "Mathematics"),
                    Tagged("Fractions institute", OfferingStatus.Published, "Mathematics"),
                    Tagged("Reading recovery", OfferingStatus.Published, "School reading"),
                    Tagged("Draft attendance course", OfferingStatus.Draft, "Attendance"),
                    Tagged("Withdrawn attendance module", OfferingStatus.Withdrawn, "Attendance"));
                Strategy Addressing(string goal, string code)
                {
                    var strategy = new Strategy { Id = Guid.CreateVersion7(), PlanId = districtPlan, GoalId = goals[goal], Title = $"Strategy for {code}" };
                    strategy.Indicators.Add(new StrategyIndicator { IndicatorId = db.Indicators.First(i => i.Code == code).Id });
                    return strategy;
                }
                db.AddRange(Addressing("Reading", "QA.1"), Addressing("Attendance", "QA.2"));
                await db.SaveChangesAsync();
                return goals;
            });
            return new GapsFixture(district, schoolPlan, goals);
        }
    }
}
