using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Home;

[Trait("Category", "Database")]
public class HomeTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Home_Anonymous_RedirectsToSignIn()
    {
        using var client = BrowserlessClient.For(factory);

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Home_SignedInTeacher_ShowsOwnDistrictOnly()
    {
        var mine = await factory.CreateDistrictAsync("Northside District");
        var other = await factory.CreateDistrictAsync("Southside District");
        await factory.InScopeAsync(mine.Id, (_, db) =>
        {
            db.Schools.Add(new School { SourceId = "S1", Name = "Alder Elementary" });
            db.Schools.Add(new School { SourceId = "S2", Name = "Birch Middle" });
            return db.SaveChangesAsync();
        });
        await factory.InScopeAsync(other.Id, (_, db) =>
        {
            db.Schools.Add(new School { SourceId = "S1", Name = "Cedar High" });
            return db.SaveChangesAsync();
        });
        var teacher = await factory.CreateAccountAsync(mine, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var page = await client.GetPageAsync("/");

        Assert.Contains("Northside District", page);
        Assert.Contains("<h2 id=\"home-teacher\">My to-dos</h2>", page);
        Assert.DoesNotContain("Southside", page);
    }

    [Fact]
    public async Task Health_DatabaseReachable_AnswersHealthy()
    {
        using var client = BrowserlessClient.For(factory);

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
