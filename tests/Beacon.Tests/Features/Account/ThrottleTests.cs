using System.Net;
using Beacon.Tests.Features.Surveys;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Account;

/// <summary>The app with the per-address limits as shipped (other test classes raise them: all test clients share one address).</summary>
public sealed class ShippedLimitsFactory : BeaconFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Beacon:Throttle:SignInPerAddress:Permits"] = "120",
        ["Beacon:Throttle:TwoFactorPerAddress:Permits"] = "30",
        ["Beacon:Throttle:ForgotPasswordPerAddress:Permits"] = "20",
        ["Beacon:Throttle:InvitationsPerAddress:Permits"] = "120",
        ["Beacon:Throttle:RemindersPerAddress:Permits"] = "20",
    };
}

[Trait("Category", "Database")]
public class ThrottleTests(ShippedLimitsFactory factory) : IClassFixture<ShippedLimitsFactory>
{
    [Fact]
    public async Task ForgotPassword_TwentyPostsInASecond_MailsNoMoreThanTheAccountLimit()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = BrowserlessClient.For(factory);
        client.FromAddress("10.30.0.1");
        var token = await client.TokenFromAsync("/Account/ForgotPassword");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.Http.PostAsync("/Account/ForgotPassword",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Email"] = teacher.Email, ["__RequestVerificationToken"] = token }))));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(17, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(3, (await Mailbox.ToAsync(factory, teacher.Email)).Count);
        var refused = await responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Too many attempts", Html.Text(refused));
    }

    [Fact]
    public async Task SignIn_FloodFromOneAddress_RefusedWith429BeforeTheAccountLocks()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var attacker = BrowserlessClient.For(factory);
        attacker.FromAddress("10.31.0.1");

        var answers = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            answers.Add((await attacker.SignInAsync(teacher.Email, $"Wrong-Password-{attempt}-xyz")).StatusCode);
        }
        var refused = await attacker.SignInAsync(teacher.Email, teacher.Password);
        var refusedPage = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var owner = BrowserlessClient.For(factory);
        owner.FromAddress("10.31.0.2");
        var ownerSignIn = await owner.SignInAsync(teacher.Email, teacher.Password);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 4).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 6)), answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many attempts", Html.Text(refusedPage));
        // The flood never reached lockout: the owner, elsewhere, signs in.
        Assert.Equal(HttpStatusCode.Redirect, ownerSignIn.StatusCode);
        Assert.Equal("/", ownerSignIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_SameAccountSignsInAndOutRepeatedly_NeverThrottled()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = BrowserlessClient.For(factory);
        client.FromAddress("10.32.0.1");

        for (var round = 0; round < 6; round++)
        {
            var signIn = await client.SignInAsync(teacher.Email, teacher.Password);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            await client.SignOutAsync();
        }
    }

    [Fact]
    public async Task Remind_ThirdTimeInADay_RefusedAndNoMoreMail()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        var teacher = s.BirchTeachers[0];

        var answers = new List<HttpStatusCode>();
        for (var time = 0; time < 3; time++)
        {
            answers.Add((await leader.PostFormAsync($"/Surveys/Details/{id}", new Dictionary<string, string>(), $"/Surveys/Details/{id}?handler=Remind")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        // The invitation and two reminders.
        Assert.Equal(3, (await Mailbox.ToAsync(factory, teacher)).Count);
    }
}

/// <summary>The app with a district administrator allowed two invitations an hour, to see the third refused.</summary>
public sealed class TwoInvitationsFactory : BeaconFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Beacon:Throttle:InvitationsPerAccount:Permits"] = "2",
    };
}

[Trait("Category", "Database")]
public class InvitationThrottleTests(TwoInvitationsFactory factory) : IClassFixture<TwoInvitationsFactory>
{
    [Fact]
    public async Task Invite_BeyondTheAdministratorsLimit_RefusedWith429AndNoMail()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var emails = Enumerable.Range(0, 3).Select(_ => Beacon.Tests.Features.Users.InvitationTests.NewEmail()).ToList();

        var answers = new List<HttpStatusCode>();
        foreach (var email in emails)
        {
            answers.Add((await Beacon.Tests.Features.Users.InvitationTests.InviteAsync(client, email, "Pat Newcomer", Roles.Teacher)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        Assert.Single(await Mailbox.ToAsync(factory, emails[1]));
        Assert.Empty(await Mailbox.ToAsync(factory, emails[2]));
    }
}
