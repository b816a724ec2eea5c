using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Mentoring;
using Beacon.Web.Features.Notifications;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Mentoring;

[Trait("Category", "Database")]
public class MilestoneReminderJobTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task Run_MilestoneComingDueWithoutSession_NotifiesMentorAndCoordinatorOnce()
    {
        var district = await factory.CreateDistrictAsync();
        var f = await MentoringFixture.CreateAsync(factory, district);
        var coordinator = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        var mentor = await factory.CreateAccountAsync(district, Roles.Teacher, f.X);
        var mentee = await factory.CreateAccountAsync(district, Roles.Teacher, f.A);
        var otherMentor = await factory.CreateAccountAsync(district, Roles.Teacher, f.Y);
        var start = new DateOnly(2026, 9, 1);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var programme = new MentoringProgramme { Name = "Induction 2026", StartsOn = start, CreatedBy = coordinator.Email };
            db.Pairings.Add(new Pairing
            {
                Programme = programme,
                MenteeId = f.A,
                MentorId = f.X,
                SchoolId = f.Oak,
                StartedOn = start,
                MilestoneList =
                [
                    new PairingMilestone { Name = "First meeting", DueOn = new DateOnly(2026, 9, 15) },
                    new PairingMilestone { Name = "Observation cycle", DueOn = new DateOnly(2026, 10, 27) },
                ],
            });
            db.Pairings.Add(new Pairing
            {
                Programme = programme,
                MenteeId = f.B,
                MentorId = f.Y,
                SchoolId = f.Oak,
                StartedOn = start,
                MilestoneList = [new PairingMilestone { Name = "First meeting", DueOn = new DateOnly(2026, 9, 15), MetOn = new DateOnly(2026, 9, 3) }],
            });
            await db.SaveChangesAsync();
        });

        var before = await RunAtAsync(district, new DateTimeOffset(2026, 9, 9, 6, 0, 0, TimeSpan.Zero));
        var first = await RunAtAsync(district, new DateTimeOffset(2026, 9, 10, 6, 0, 0, TimeSpan.Zero));
        var second = await RunAtAsync(district, new DateTimeOffset(2026, 9, 11, 6, 0, 0, TimeSpan.Zero));

        Assert.Empty(before);
        Assert.Equal(new[] { coordinator.Id, mentor.Id }.Order(StringComparer.Ordinal), first.Select(n => n.UserId).Order(StringComparer.Ordinal));
        Assert.All(first, n => Assert.Contains("\"First meeting\" of Alex Tester's mentoring (Induction 2026) is due on 2026-09-15", n.Text, StringComparison.Ordinal));
        Assert.All(first, n => Assert.StartsWith("/Mentoring/Pairings/Details/", n.Link, StringComparison.Ordinal));
        Assert.DoesNotContain(first, n => n.UserId == mentee.Id || n.UserId == otherMentor.Id);
        Assert.Empty(second);
    }

    /// <summary>One run of the job as of <paramref name="now"/>; answers the district's notifications that run added.</summary>
    private async Task<List<Notification>> RunAtAsync(TestDistrict district, DateTimeOffset now)
    {
        var seen = await factory.InScopeAsync(district.Id, (_, db) => db.Notifications.Select(n => n.Id).ToListAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var job = ActivatorUtilities.CreateInstance<MilestoneReminderJob>(scope.ServiceProvider, new FixedClock(now));
            await job.RunAsync(TestContext.Current.CancellationToken);
        }
        return await factory.InScopeAsync(district.Id, (_, db) => db.Notifications.Where(n => !seen.Contains(n.Id)).ToListAsync());
    }
}
