using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Notifications;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Plans.Reminders;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class ReminderCascadeTests(ReminderFactory factory) : IClassFixture<ReminderFactory>
{
    [Fact]
    public async Task ReminderJob_DaysPass_TellsOwnerThenSchoolLeaderThenDistrictOnceEachAndDigestGroupsThem()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var (school, principalStaff) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
        var plan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, school);
        var owner = await factory.CreateAccountAsync(district, Roles.Teacher);
        var principal = await factory.CreateAccountAsync(district, Roles.SchoolLeader, principalStaff);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        var start = new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero);
        factory.Clock.Now = start;
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            (await db.Districts.SingleAsync()).ReminderEscalationDays = 5;
            db.PlanActions.AddRange(
                new PlanAction { Id = Guid.CreateVersion7(), PlanId = plan, Title = "Train the reading tutors", OwnerUserId = owner.Id, DueOn = new DateOnly(2026, 2, 27), Status = ActionStatus.InProgress },
                new PlanAction { Id = Guid.CreateVersion7(), PlanId = plan, Title = "Buy levelled readers", OwnerUserId = owner.Id, DueOn = new DateOnly(2026, 2, 27), Status = ActionStatus.NotStarted },
                new PlanAction { Id = Guid.CreateVersion7(), PlanId = plan, Title = "Already done", OwnerUserId = owner.Id, DueOn = new DateOnly(2026, 2, 1), Status = ActionStatus.Complete },
                new PlanAction { Id = Guid.CreateVersion7(), PlanId = plan, Title = "Not due yet", OwnerUserId = owner.Id, DueOn = new DateOnly(2026, 6, 1), Status = ActionStatus.NotStarted });
            db.NotificationSettings.AddRange(
                new NotificationSettings { Id = Guid.CreateVersion7(), UserId = owner.Id, Digest = DigestChoice.Daily },
                new NotificationSettings { Id = Guid.CreateVersion7(), UserId = principal.Id, Digest = DigestChoice.Daily },
                new NotificationSettings { Id = Guid.CreateVersion7(), UserId = leader.Id, Digest = DigestChoice.Daily });
            await db.SaveChangesAsync();
        });

        // Two days late: the owner only, once however often the job runs.
        await RunAsync<ReminderJob>();
        await RunAsync<ReminderJob>();
        var day2 = await CountsAsync(district, owner, principal, leader);
        // Five days late: the school leader, once.
        factory.Clock.Now = start.AddDays(3);
        await RunAsync<ReminderJob>();
        await RunAsync<ReminderJob>();
        var day5 = await CountsAsync(district, owner, principal, leader);
        // Ten days late: the district's leader, once.
        factory.Clock.Now = start.AddDays(8);
        await RunAsync<ReminderJob>();
        await RunAsync<ReminderJob>();
        var day10 = await CountsAsync(district, owner, principal, leader);
        await RunAsync<DigestJob>();

        Assert.Equal((2, 0, 0), day2);
        Assert.Equal((2, 2, 0), day5);
        Assert.Equal((2, 2, 2), day10);
        var (steps, mails) = await factory.InScopeAsync(district.Id, async (_, db) => (
            await db.ActionReminders.Select(r => r.Step).ToListAsync(),
            await db.OutboxMails.Where(m => m.DistrictId == district.Id).Select(m => new { m.ToAddress, m.Subject, m.HtmlBody }).ToListAsync()));
        Assert.Equal(6, steps.Count);
        Assert.Equal(2, steps.Count(s => s == ReminderStep.Owner));
        Assert.Equal(2, steps.Count(s => s == ReminderStep.SchoolLeader));
        Assert.Equal(2, steps.Count(s => s == ReminderStep.DistrictOwner));
        // One digest per person, grouping both actions' reminders; no mail per item.
        Assert.Equal(3, mails.Count);
        Assert.All(mails, m => Assert.Equal("Your Beacon digest: 2 notifications", m.Subject));
        var ownerMail = Assert.Single(mails, m => m.ToAddress == owner.Email);
        Assert.Contains("Train the reading tutors", ownerMail.HtmlBody);
        Assert.Contains("Buy levelled readers", ownerMail.HtmlBody);
        Assert.DoesNotContain("Already done", ownerMail.HtmlBody);
        Assert.DoesNotContain("Not due yet", ownerMail.HtmlBody);
        Assert.Contains("A plan action at your school is overdue", Assert.Single(mails, m => m.ToAddress == principal.Email).HtmlBody);
        Assert.Contains("still overdue after the school was told", Assert.Single(mails, m => m.ToAddress == leader.Email).HtmlBody);
    }

    [Theory]
    [InlineData(0, new ReminderStep[0])]
    [InlineData(1, new[] { ReminderStep.Owner })]
    [InlineData(7, new[] { ReminderStep.Owner, ReminderStep.SchoolLeader })]
    [InlineData(14, new[] { ReminderStep.Owner, ReminderStep.SchoolLeader, ReminderStep.DistrictOwner })]
    public void Cascade_DaysLate_DueStepsFollowTheEscalationDays(int daysLate, ReminderStep[] expected)
    {
        var due = new DateOnly(2026, 3, 1);

        var steps = ReminderCascade.Due(due, ActionStatus.InProgress, schoolPlan: true, 7, due.AddDays(daysLate), []);

        Assert.Equal(expected, steps);
    }

    [Fact]
    public void Cascade_StepsAlreadySentOrDistrictPlan_AreLeftOut()
    {
        var due = new DateOnly(2026, 3, 1);

        var resent = ReminderCascade.Due(due, ActionStatus.InProgress, schoolPlan: true, 7, due.AddDays(20), [ReminderStep.Owner, ReminderStep.SchoolLeader]);
        var districtPlan = ReminderCascade.Due(due, ActionStatus.InProgress, schoolPlan: false, 7, due.AddDays(20), []);
        var complete = ReminderCascade.Due(due, ActionStatus.Complete, schoolPlan: true, 7, due.AddDays(20), []);

        Assert.Equal([ReminderStep.DistrictOwner], resent);
        Assert.Equal([ReminderStep.Owner, ReminderStep.DistrictOwner], districtPlan);
        Assert.Empty(complete);
    }

    private async Task RunAsync<TJob>()
        where TJob : Beacon.Web.Jobs.IBeaconJob
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(TestContext.Current.CancellationToken);
    }

    private Task<(int Owner, int Principal, int Leader)> CountsAsync(TestDistrict district, TestAccount owner, TestAccount principal, TestAccount leader) =>
        factory.InScopeAsync(district.Id, async (_, db) => (
            await db.Notifications.CountAsync(n => n.UserId == owner.Id),
            await db.Notifications.CountAsync(n => n.UserId == principal.Id),
            await db.Notifications.CountAsync(n => n.UserId == leader.Id)));
}
