using System.Net;
using Beacon.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Learning;

[Trait("Category", "Database")]
public class LearningTenancyTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task OtherDistrictsRecords_ByIdFromAnyPage_AreNotFound()
    {
        var a = await LearningPeople.CreateAsync(factory);
        var b = await LearningPeople.CreateAsync(factory);
        using var bOffice = await BrowserlessClient.SignedInAsync(factory, b.Office);
        using var bTeacher = await BrowserlessClient.SignedInAsync(factory, b.Teachers[0]);
        var bType = await factory.InScopeAsync(b.District.Id, async (_, db) => await db.CreditTypes.Select(t => t.Id).FirstAsync());
        var bPage = await LearningPeople.PublishAsync(bOffice, "Zanzibar institute", b.Coach.Id, 0m, 5, DateTimeOffset.UtcNow.AddDays(3), (bType, "3"));
        await bTeacher.PostFormAsync(bPage, new Dictionary<string, string>(), bPage + "?handler=Register");
        var (sessionId, registrationId) = await factory.InScopeAsync(b.District.Id, async (_, db) =>
            (await db.LearningSessions.Select(s => s.Id).SingleAsync(), await db.Registrations.Select(r => r.Id).SingleAsync()));
        using var aOffice = await BrowserlessClient.SignedInAsync(factory, a.Office);
        using var aTeacher = await BrowserlessClient.SignedInAsync(factory, a.Teachers[0]);
        var empty = new Dictionary<string, string>();

        Assert.Equal(HttpStatusCode.NotFound, (await aOffice.GetAsync(bPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aOffice.GetAsync($"{bPage}?handler=Ics&sessionId={sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aTeacher.PostFormAsync("/Learning", empty, bPage + "?handler=Register")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aOffice.PostFormAsync("/Learning", empty, bPage + "?handler=Publish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aOffice.GetAsync($"/Learning/Roster/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aOffice.PostFormAsync("/Learning/Approvals", empty, $"/Learning/Approvals?handler=Approve&id={registrationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aTeacher.PostFormAsync("/Learning/Transcript", empty, $"/Learning/Transcript?handler=Certificate&registrationId={registrationId}")).StatusCode);
        Assert.DoesNotContain("Zanzibar", await aOffice.GetPageAsync("/Learning?past=true"));
        Assert.Equal(1, await factory.InScopeAsync(b.District.Id, async (_, db) => await db.Registrations.CountAsync(r => r.Status == Beacon.Web.Features.Learning.RegistrationStatus.Requested)));
    }
}
