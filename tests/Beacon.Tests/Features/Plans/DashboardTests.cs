using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class DashboardTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task Dashboard_ActionsAroundToday_FlagsOnlyPastDueUnfinishedOnes()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var strategy = new Strategy { Id = Guid.CreateVersion7(), PlanId = planId, GoalId = db.PlanGoals.First(g => g.PlanId == planId).Id, Title = "Coaching" };
            db.AddRange(strategy,
                new PlanAction { PlanId = planId, StrategyId = strategy.Id, Title = "Late training", DueOn = PlansFactory.Today.AddDays(-1), Status = ActionStatus.InProgress },
                new PlanAction { PlanId = planId, StrategyId = strategy.Id, Title = "Due today", DueOn = PlansFactory.Today, Status = ActionStatus.NotStarted },
                new PlanAction { PlanId = planId, StrategyId = strategy.Id, Title = "Done late", DueOn = PlansFactory.Today.AddDays(-30), Status = ActionStatus.Complete });
            await db.SaveChangesAsync();
        });
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var dashboard = await client.GetPageAsync("/Plans/Dashboard");
        var details = await client.GetPageAsync($"/Plans/Details/{planId}");

        Assert.Contains("data-testid=\"overdue\">1<", dashboard);
        Assert.Contains("<th scope=\"row\">Late training</th>", dashboard);
        Assert.DoesNotContain("<th scope=\"row\">Due today</th>", dashboard);
        Assert.Contains("1 of 3 complete, 1 overdue", dashboard);
        Assert.Equal(1, CountOf(details, "badge bad\">Overdue"));
    }

    [Fact]
    public async Task Dashboard_FilteredBySchoolAndGoal_ShowsThatSchoolsAlignedGoalsAndActions()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading", "Attendance");
        var reading = await PlanData.GoalIdAsync(factory, district, districtPlan, 1);
        var attendance = await PlanData.GoalIdAsync(factory, district, districtPlan, 2);
        var (alder, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
        var (birch, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Birch Elementary");
        foreach (var (school, name) in new[] { (alder, "Alder"), (birch, "Birch") })
        {
            var plan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, school);
            await factory.InScopeAsync(district.Id, async (_, db) =>
            {
                var readingGoal = new PlanGoal { Id = Guid.CreateVersion7(), PlanId = plan, Position = 1, Title = $"{name} readers", DistrictGoalId = reading };
                var attendanceGoal = new PlanGoal { Id = Guid.CreateVersion7(), PlanId = plan, Position = 2, Title = $"{name} attends", DistrictGoalId = attendance };
                var strategy = new Strategy { Id = Guid.CreateVersion7(), PlanId = plan, GoalId = readingGoal.Id, Title = $"{name} reading strategy" };
                db.AddRange(readingGoal, attendanceGoal, strategy,
                    new PlanAction { PlanId = plan, StrategyId = strategy.Id, Title = $"{name} reading action", OwnerName = "Team" });
                await db.SaveChangesAsync();
            });
        }
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var all = await client.GetPageAsync("/Plans/Dashboard");
        var filtered = await client.GetPageAsync($"/Plans/Dashboard?goal={reading}&school={alder}");

        Assert.Contains("Alder readers", all);
        Assert.Contains("Birch attends", all);
        Assert.Contains("Alder readers", filtered);
        Assert.Contains("Alder reading action", filtered);
        Assert.DoesNotContain("Birch readers", filtered);
        Assert.DoesNotContain("Birch reading action", filtered);
        Assert.DoesNotContain("Alder attends", filtered);
        Assert.DoesNotContain("Goal 2: Attendance</h3>", filtered);
    }

    [Fact]
    public async Task Dashboard_ManySchoolGoals_ListsThoseNeedingAttentionFirstWithinTheLimit()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var reading = await PlanData.GoalIdAsync(factory, district, districtPlan, 1);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            for (var i = 0; i < DashboardModelLimit + 5; i++)
            {
                var school = new Beacon.Web.Features.Schools.School { Id = Guid.CreateVersion7(), SourceId = $"s{i}", Name = $"School {i:00}" };
                var plan = new Plan { Id = Guid.CreateVersion7(), Title = $"Plan {i:00}", SchoolId = school.Id, DistrictPlanId = districtPlan, StartYear = 2025, Years = 3 };
                var goal = new PlanGoal { Id = Guid.CreateVersion7(), PlanId = plan.Id, Position = 1, Title = i == 29 ? "Struggling goal" : $"Goal of school {i:00}", DistrictGoalId = reading };
                db.AddRange(school, plan, goal);
                if (i == 29)
                {
                    var review = new ProgressReview { PlanId = plan.Id, Year = 2025, Quarter = 3, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "x" };
                    review.Goals.Add(new GoalReview { GoalId = goal.Id, Status = GoalStatus.OffTrack });
                    db.Add(review);
                }
            }
            await db.SaveChangesAsync();
        });
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var dashboard = await client.GetPageAsync("/Plans/Dashboard");

        Assert.Contains("30 school goals: 0 on track, 0 at risk, 1 off track, 29 not yet rated.", dashboard);
        Assert.Contains("the first 25 are listed", dashboard);
        Assert.True(dashboard.IndexOf("Struggling goal", StringComparison.Ordinal) < dashboard.IndexOf("Goal of school 00", StringComparison.Ordinal));
        Assert.DoesNotContain("Goal of school 28", dashboard);
    }

    private const int DashboardModelLimit = Beacon.Web.Features.Plans.DashboardModel.SchoolGoalsShown;

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
