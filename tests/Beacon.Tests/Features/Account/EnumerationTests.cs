using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Account;

/// <summary>Sign-in and forgot-password tell an outsider nothing about which addresses have accounts: same answer, same work.</summary>
[Trait("Category", "Database")]
public partial class EnumerationTests(CountingHasherFactory factory) : IClassFixture<CountingHasherFactory>
{
    [Fact]
    public async Task SignIn_UnknownAddressAndWrongPassword_HashOnceAndAnswerAlike()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var unknown = $"nobody.{Guid.NewGuid():N}"[..20] + "@test.example";
        using var client = BrowserlessClient.For(factory);
        await client.TokenFromAsync("/Account/SignIn");

        var (existing, existingRuns) = await CountedAsync(() => client.SignInAsync(teacher.Email, "Wrong-Password-1-xyz"));
        var (nobody, nobodyRuns) = await CountedAsync(() => client.SignInAsync(unknown, "Wrong-Password-1-xyz"));

        Assert.Equal(1, existingRuns);
        Assert.Equal(1, nobodyRuns);
        Assert.Equal(HttpStatusCode.OK, existing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        var existingPage = Normalized(await existing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), teacher.Email);
        Assert.Contains("The email or password is not right", existingPage);
        Assert.Equal(existingPage, Normalized(await nobody.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), unknown));
    }

    [Fact]
    public async Task SignIn_FiveFailuresFromManyPlaces_UnknownAddressLocksLikeAnAccount()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var unknown = $"nobody.{Guid.NewGuid():N}"[..20] + "@test.example";
        using var client = BrowserlessClient.For(factory);

        // Each attempt from another address, as a spread-out guesser would: the address throttle never steps in.
        var existingAnswers = new List<string>();
        var unknownAnswers = new List<string>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            client.FromAddress($"10.20.{attempt}.1");
            existingAnswers.Add(Normalized(await (await client.SignInAsync(teacher.Email, $"Wrong-Password-{attempt}-xyz")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken), teacher.Email));
            unknownAnswers.Add(Normalized(await (await client.SignInAsync(unknown, $"Wrong-Password-{attempt}-xyz")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken), unknown));
        }

        Assert.Contains("The email or password is not right", existingAnswers[3]);
        Assert.Contains("This account is locked after too many failed attempts", existingAnswers[4]);
        Assert.Contains("This account is locked after too many failed attempts", existingAnswers[5]);
        Assert.Equal(existingAnswers, unknownAnswers);
    }

    [Fact]
    public async Task ForgotPassword_UnknownAndExistingAddress_SameRedirectAndOnlyTheOwnerGetsMail()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var unknown = $"nobody.{Guid.NewGuid():N}"[..20] + "@test.example";
        using var client = BrowserlessClient.For(factory);

        var existing = await RequestResetAsync(client, teacher.Email);
        var nobody = await RequestResetAsync(client, unknown);

        Assert.Equal(HttpStatusCode.Redirect, existing.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, nobody.StatusCode);
        Assert.Equal("/Account/ForgotPassword?sent=True", existing.Headers.Location!.OriginalString);
        Assert.Equal(existing.Headers.Location, nobody.Headers.Location);
        Assert.Single(await Mailbox.ToAsync(factory, teacher.Email));
        Assert.Empty(await Mailbox.ToAsync(factory, unknown));
    }

    internal static Task<HttpResponseMessage> RequestResetAsync(BrowserlessClient client, string email) =>
        client.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Form.Email"] = email });

    private async Task<(HttpResponseMessage Response, int Runs)> CountedAsync(Func<Task<HttpResponseMessage>> signIn)
    {
        var before = factory.Hasher.Runs;
        var response = await signIn();
        return (response, factory.Hasher.Runs - before);
    }

    /// <summary>The page as the person sees it, without the per-request antiforgery token and the address they typed.</summary>
    private static string Normalized(string page, string email) =>
        TokenPattern().Replace(page, "").Replace(email, "EMAIL", StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex TokenPattern();
}

/// <summary>The app with an SMTP server that is not there: every mail fails to send.</summary>
public sealed class UnreachableMailFactory : BeaconFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:PickupFolder"] = "",
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = "9",
    };
}

[Trait("Category", "Database")]
public class ForgotPasswordMailFailureTests(UnreachableMailFactory factory) : IClassFixture<UnreachableMailFactory>
{
    [Fact]
    public async Task ForgotPassword_MailCannotBeSent_AnswersAsForAnUnknownAddress()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = BrowserlessClient.For(factory);

        var existing = await EnumerationTests.RequestResetAsync(client, teacher.Email);
        var nobody = await EnumerationTests.RequestResetAsync(client, $"nobody.{Guid.NewGuid():N}"[..20] + "@test.example");

        Assert.Equal(HttpStatusCode.Redirect, nobody.StatusCode);
        Assert.Equal(nobody.StatusCode, existing.StatusCode);
        Assert.Equal(nobody.Headers.Location, existing.Headers.Location);
    }
}
