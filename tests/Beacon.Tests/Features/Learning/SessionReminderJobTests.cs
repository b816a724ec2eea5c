using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Learning;
using Beacon.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Learning;

/// <summary>Enrolled people are reminded once, the district's number of hours before each session; nobody else is.</summary>
[Trait("Category", "Database")]
public class SessionReminderJobTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static readonly DateTimeOffset Starts = new(2026, 9, 10, 9, 0, 0, TimeSpan.Zero);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>A published offering with one session at <see cref="Starts"/>: the first teacher enrolled, the second cancelled, the third awaiting approval.</summary>
    private async Task<LearningPeople> ArrangeAsync()
    {
        var people = await LearningPeople.CreateAsync(factory);
        await factory.InScopeAsync(people.District.Id, async (_, db) =>
        {
            var offering = new Offering { Id = Guid.CreateVersion7(), Title = "Phonics routines", Status = OfferingStatus.Published };
            offering.Sessions.Add(new LearningSession { Id = Guid.CreateVersion7(), StartsAt = Starts, Minutes = 90, Place = "Room 4", Capacity = 10, CheckInCode = "ABCDEF" });
            db.Offerings.Add(offering);
            var statuses = new[] { RegistrationStatus.Enrolled, RegistrationStatus.Cancelled, RegistrationStatus.Requested };
            for (var i = 0; i < statuses.Length; i++)
            {
                db.Registrations.Add(new Registration
                {
                    Id = Guid.CreateVersion7(),
                    OfferingId = offering.Id,
                    UserId = people.Teachers[i].Id,
                    DisplayName = $"Teacher {i}",
                    Status = statuses[i],
                    AwaitingStep = statuses[i] == RegistrationStatus.Requested ? ApprovalStep.Principal : null,
                    RequestedAt = Starts.AddDays(-10),
                });
            }
            await db.SaveChangesAsync();
        });
        return people;
    }

    [Fact]
    public async Task Run_DefaultWindow_RemindsOnlyTheEnrolledOnceWithAMail()
    {
        var people = await ArrangeAsync();

        var early = await RunAtAsync(people, Starts.AddHours(-25));
        var due = await RunAtAsync(people, Starts.AddHours(-23));
        var again = await RunAtAsync(people, Starts.AddHours(-1));

        Assert.Empty(early);
        var reminder = Assert.Single(due);
        Assert.Equal(people.Teachers[0].Id, reminder.UserId);
        Assert.StartsWith("Reminder: Phonics routines starts Thu 10 Sep 2026, 09:00", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("Room 4", reminder.Text, StringComparison.Ordinal);
        Assert.Empty(again);
        var mails = await factory.InScopeAsync(people.District.Id, (_, db) => db.OutboxMails.Where(m => m.DistrictId == people.District.Id && m.Subject.StartsWith("Reminder: Phonics")).Select(m => m.ToAddress).ToListAsync());
        Assert.Equal([people.Teachers[0].Email], mails);
    }

    [Fact]
    public async Task Run_DistrictSetsTwoDays_RemindsTwoDaysAheadAndNotAfterTheStart()
    {
        var people = await ArrangeAsync();
        using var office = await BrowserlessClient.SignedInAsync(factory, people.Office);
        var saved = await office.PostFormAsync("/Learning/Settings", new Dictionary<string, string>
        {
            ["PrincipalApproves"] = "true",
            ["OfficeApproves"] = "PaidOrOffSite",
            ["ReminderHours"] = "48",
        }, "/Learning/Settings?handler=Chain");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var started = await RunAtAsync(people, Starts.AddMinutes(1));
        var twoDays = await RunAtAsync(people, Starts.AddHours(-47));

        Assert.Empty(started);
        Assert.Equal([people.Teachers[0].Id], twoDays.Select(n => n.UserId));
        Assert.Contains("value=\"48\"", await office.GetPageAsync("/Learning/Settings"));
    }

    [Fact]
    public async Task SaveSettings_ReminderHoursOutOfRange_FieldMessageAndNothingSaved()
    {
        var people = await LearningPeople.CreateAsync(factory);
        using var office = await BrowserlessClient.SignedInAsync(factory, people.Office);

        var response = await office.PostFormAsync("/Learning/Settings", new Dictionary<string, string>
        {
            ["PrincipalApproves"] = "true",
            ["OfficeApproves"] = "Always",
            ["ReminderHours"] = "500",
        }, "/Learning/Settings?handler=Chain");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter from 1 to 168 hours (a week).", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await factory.InScopeAsync(people.District.Id, (_, db) => db.LearningSettings.CountAsync()));
    }

    private async Task<List<Notification>> RunAtAsync(LearningPeople people, DateTimeOffset now)
    {
        var seen = await factory.InScopeAsync(people.District.Id, (_, db) => db.Notifications.Select(n => n.Id).ToListAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var job = ActivatorUtilities.CreateInstance<SessionReminderJob>(scope.ServiceProvider, new FixedClock(now));
            await job.RunAsync(TestContext.Current.CancellationToken);
        }
        return await factory.InScopeAsync(people.District.Id, (_, db) => db.Notifications.Where(n => !seen.Contains(n.Id)).ToListAsync());
    }
}
