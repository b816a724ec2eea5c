using System.Net;
using Beacon.Tests.Features.Surveys;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Plans.Budgets;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class PublicPageTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task PublicPage_Published_ShowsTheChosenFiguresAndNoNameRatingOrSuppressedSurveyFigure()
    {
        var scenario = await SurveyScenario.CreateAsync(factory);
        var district = scenario.District;
        using var leader = await BrowserlessClient.SignedInAsync(factory, scenario.Leader);
        // A survey only three answered: below the minimum of five, so its district figure is suppressed.
        var survey = await scenario.DesignAndPublishAsync(leader, "Climate survey 2026");
        foreach (var email in scenario.AlderTeachers.Take(3))
        {
            await scenario.AnswerByLinkAsync(email, 5);
        }
        await SurveyScenario.CloseAsync(leader, survey);
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Every child reads by grade 3");
        var owner = await factory.CreateAccountAsync(district, Roles.Teacher);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var goal = await db.PlanGoals.SingleAsync(g => g.PlanId == planId);
            var measure = new PlanMeasure { Id = Guid.CreateVersion7(), GoalId = goal.Id, Position = 1, Name = "Grade 3 reading proficiency", Unit = "%", Baseline = 41 };
            measure.YearValues.Add(new MeasureYear { Id = Guid.CreateVersion7(), Year = 2025, Target = 48, EnteredActual = 46 });
            var action = new PlanAction { Id = Guid.CreateVersion7(), PlanId = planId, Title = "Coach Quillon's tutoring block", OwnerName = "Robin Quillon", OwnerUserId = owner.Id };
            var source = new FundingSource { Id = Guid.CreateVersion7(), Name = "Title I" };
            var staff = await db.StaffMembers.FirstAsync(s => s.SourceId == "alder-t2");
            staff.GivenName = "Marisol";
            staff.FamilyName = "Vantongeren";
            staff.Effectiveness = EffectivenessRating.Ineffective;
            db.AddRange(measure, action, source, new ActionCost { Id = Guid.CreateVersion7(), ActionId = action.Id, FundingSourceId = source.Id, Amount = 1500.25m });
            await db.SaveChangesAsync();
        });
        using var anonymous = BrowserlessClient.For(factory);
        var before = await anonymous.GetAsync($"/Public/{district.Slug}");

        var saved = await leader.PostFormAsync("/Plans/Publishing", new Dictionary<string, string>
        {
            ["PlanId"] = planId.ToString(),
            ["ShowGoals"] = "true",
            ["ShowMeasures"] = "true",
            ["ShowBudget"] = "true",
            ["SurveyId"] = survey.ToString(),
            ["Published"] = "true",
        });
        var response = await anonymous.GetAsync($"/Public/{district.Slug}");
        var page = await response.Content.ReadAsStringAsync();
        var unknown = await anonymous.GetAsync("/Public/no-such-district");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains($"<h1>{district.Name}</h1>", page);
        Assert.Contains("Every child reads by grade 3", page);
        Assert.Contains("<tr><th scope=\"row\">Grade 3 reading proficiency</th><td class=\"num\">41%</td><td class=\"num\">48%</td><td class=\"num\">46%</td></tr>", page);
        Assert.Contains("<strong data-testid=\"public-budget\">1,500.25</strong>", page);
        Assert.DoesNotContain("Robin", page);
        Assert.DoesNotContain("Quillon", page);
        Assert.DoesNotContain("Marisol", page);
        Assert.DoesNotContain("Vantongeren", page);
        Assert.DoesNotContain("Test Teacher", page);
        Assert.DoesNotContain("neffective", page);
        Assert.DoesNotContain("% agree", page);
        Assert.DoesNotContain("public-survey", page);
        Assert.DoesNotContain("Sign out", page);
    }

    [Fact]
    public async Task Publishing_ByATeacher_IsForbidden()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.GetAsync("/Plans/Publishing");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
