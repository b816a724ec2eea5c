using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Learning;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Learning;

/// <summary>Registrations for the last place that arrive at the same moment: one gets it, the others wait.</summary>
[Trait("Category", "Database")]
public sealed class LastPlaceRaceTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Register_ThreeAtOnceForTheLastPlace_ExactlyOneHoldsItAndTheOthersWait()
    {
        var people = await LearningPeople.CreateAsync(factory);
        using var office = await BrowserlessClient.SignedInAsync(factory, people.Office);
        var teachers = new List<BrowserlessClient>();
        foreach (var teacher in people.Teachers)
        {
            teachers.Add(await BrowserlessClient.SignedInAsync(factory, teacher));
        }
        // Several rounds: a race that a single round happens to miss is caught by another.
        for (var round = 0; round < 4; round++)
        {
            var page = await LearningPeople.PublishAsync(office, $"Last place {round}", people.Coach.Id, 0m, capacity: 1, DateTimeOffset.UtcNow.AddDays(3));
            var tokens = new List<string>();
            foreach (var teacher in teachers)
            {
                tokens.Add(await teacher.TokenFromAsync(page));
            }
            using var start = new SemaphoreSlim(0);
            var posts = teachers.Select(async (teacher, i) =>
            {
                await start.WaitAsync();
                return await teacher.Http.PostAsync(page + "?handler=Register",
                    new FormUrlEncodedContent([new("__RequestVerificationToken", tokens[i])]));
            }).ToList();
            start.Release(teachers.Count);
            var responses = await Task.WhenAll(posts);

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var offeringId = Guid.Parse(page.Split('/')[^1]);
            var statuses = await factory.InScopeAsync(people.District.Id, async (_, db) =>
                await db.Registrations.Where(r => r.OfferingId == offeringId).Select(r => r.Status).ToListAsync());
            Assert.Equal([RegistrationStatus.Requested, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted], statuses.Order());
        }
        foreach (var teacher in teachers)
        {
            teacher.Dispose();
        }
    }
}
