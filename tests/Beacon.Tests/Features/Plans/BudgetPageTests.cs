using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class BudgetPageTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task Costs_AddedByTheSchoolLeader_RollUpByGoalStrategySourceAndSchool()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var (school, staff) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
        var plan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, school);
        var (tutors, readers) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var goal = new PlanGoal { Id = Guid.CreateVersion7(), PlanId = plan, Position = 1, Title = "Every child reads by grade 3" };
            var strategy = new Strategy { Id = Guid.CreateVersion7(), PlanId = plan, GoalId = goal.Id, Title = "Small-group tutoring" };
            var a = new PlanAction { Id = Guid.CreateVersion7(), PlanId = plan, StrategyId = strategy.Id, Title = "Hire reading tutors" };
            var b = new PlanAction { Id = Guid.CreateVersion7(), PlanId = plan, Title = "Buy levelled readers" };
            db.AddRange(goal, strategy, a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var principal = await factory.CreateAccountAsync(district, Roles.SchoolLeader, staff);
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var adminClient = await BrowserlessClient.SignedInAsync(factory, admin);
        using var principalClient = await BrowserlessClient.SignedInAsync(factory, principal);
        using var teacherClient = await BrowserlessClient.SignedInAsync(factory, teacher);
        await adminClient.PostFormAsync("/Plans/Budgets", new Dictionary<string, string> { ["Source.Name"] = "Title I" }, "/Plans/Budgets?handler=Source");
        await adminClient.PostFormAsync("/Plans/Budgets", new Dictionary<string, string> { ["Source.Name"] = "General fund" }, "/Plans/Budgets?handler=Source");
        var duplicate = await adminClient.PostFormAsync("/Plans/Budgets", new Dictionary<string, string> { ["Source.Name"] = "title i" }, "/Plans/Budgets?handler=Source");
        var teacherSource = await teacherClient.PostFormAsync("/Plans/Budgets", new Dictionary<string, string> { ["Source.Name"] = "Mine" }, "/Plans/Budgets?handler=Source");
        var sources = await factory.InScopeAsync(district.Id, (_, db) => db.FundingSources.ToDictionaryAsync(s => s.Name, s => s.Id));
        var page = $"/Plans/Budgets/Details/{plan}";
        Task<HttpResponseMessage> Add(BrowserlessClient client, Guid action, string source, string amount) =>
            client.PostFormAsync(page, new Dictionary<string, string>
            {
                ["Cost.ActionId"] = action.ToString(),
                ["Cost.FundingSourceId"] = source,
                ["Cost.Amount"] = amount,
            }, $"{page}?handler=Add");

        var first = await Add(principalClient, tutors, sources["Title I"].ToString(), "12000.50");
        var second = await Add(principalClient, tutors, sources["General fund"].ToString(), "3000");
        var third = await Add(principalClient, readers, sources["Title I"].ToString(), "999.50");
        var tooMuch = await Add(principalClient, readers, sources["Title I"].ToString(), "100000001");
        var fraction = await Add(principalClient, readers, sources["Title I"].ToString(), "1.005");
        var strange = await Add(principalClient, readers, Guid.NewGuid().ToString(), "5");
        var byTeacher = await Add(teacherClient, readers, sources["Title I"].ToString(), "5");
        var planPage = await principalClient.GetPageAsync(page);
        var districtPage = await principalClient.GetPageAsync("/Plans/Budgets");

        Assert.Contains("The district already has a funding source with this name.", await duplicate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, teacherSource.StatusCode);
        Assert.Equal(2, sources.Count);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], [first.StatusCode, second.StatusCode, third.StatusCode]);
        Assert.Contains("Enter an amount from 0.01 to 100,000,000.", await tooMuch.Content.ReadAsStringAsync());
        Assert.Contains("Enter the amount to the cent, with at most two decimals.", await fraction.Content.ReadAsStringAsync());
        Assert.Contains("Choose one of the district&#x27;s funding sources.", await strange.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byTeacher.StatusCode);
        Assert.Contains("<strong data-testid=\"plan-total\">16,000</strong>", planPage);
        Assert.Contains("<tr><th scope=\"row\">Every child reads by grade 3</th><td class=\"num\">15,000.5</td></tr>", planPage);
        Assert.Contains("<tr><th scope=\"row\">No goal</th><td class=\"num\">999.5</td></tr>", planPage);
        Assert.Contains("<tr><th scope=\"row\">Small-group tutoring</th><td class=\"num\">15,000.5</td></tr>", planPage);
        Assert.Contains("<tr><th scope=\"row\">Title I</th><td class=\"num\">13,000</td></tr>", planPage);
        Assert.Contains("<tr><th scope=\"row\">General fund</th><td class=\"num\">3,000</td></tr>", planPage);
        Assert.Contains("<tr><th scope=\"row\">Alder Elementary</th><td class=\"num\">16,000</td></tr>", districtPage);
        Assert.Equal(3, await factory.InScopeAsync(district.Id, (_, db) => db.ActionCosts.CountAsync()));
    }

    [Fact]
    public async Task Budget_PlanOfAnotherDistrict_IsNotFound()
    {
        var district = await factory.CreateDistrictAsync();
        var plan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var other = await factory.CreateDistrictAsync();
        var stranger = await factory.CreateAccountAsync(other, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, stranger);

        var response = await client.GetAsync($"/Plans/Budgets/Details/{plan}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
