using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Plans;

/// <summary>The board report counts in words that agree with the number ("1 goal", never "1 goals").</summary>
[Trait("Category", "Database")]
public class BoardWordingTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task Board_PlanWithOneReviewedGoal_SaysOneGoalInTheSingular()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Every child reads by grade 3");
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var review = new ProgressReview { PlanId = planId, Year = 2025, Quarter = 2, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "Lee", SignedOffAt = DateTimeOffset.UtcNow, SignedOffBy = "Lee Director" };
            review.Goals.Add(new GoalReview { GoalId = db.PlanGoals.Single(g => g.PlanId == planId).Id, Status = GoalStatus.OnTrack });
            db.Add(review);
            await db.SaveChangesAsync();
        });
        using var trustee = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.BoardTrustee));

        var page = PageText.Of(await trustee.GetPageAsync("/Plans/Board"));

        Assert.Contains("1 of 1 goal on track", page);
        Assert.DoesNotContain("goals on track", page);
    }
}
