using System.Net;
using Beacon.Tests.Features.Account;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Hosting;

namespace Beacon.Tests.Web;

/// <summary>Beacon with <c>Beacon:PublicUrl</c> set, as Production requires.</summary>
public sealed class PublicUrlFactory : BeaconFactory
{
    public const string PublicUrl = "https://beacon.district.example";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Beacon:PublicUrl"] = PublicUrl };
}

/// <summary>Beacon in Production, with or without a public address.</summary>
public sealed class ProductionFactory(string? publicUrl) : BeaconFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Beacon:PublicUrl"] = publicUrl };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

[Trait("Category", "Database")]
public class PublicLinksTests(PublicUrlFactory factory) : IClassFixture<PublicUrlFactory>
{
    private const string ForgedHost = "attacker.example";

    [Fact]
    public async Task ForgotPassword_ForgedHostHeader_ResetLinkPointsAtPublicUrl()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = BrowserlessClient.For(factory);
        client.Http.DefaultRequestHeaders.Host = ForgedHost;

        await PasswordResetTests.AskForLinkAsync(client, admin.Email);

        var link = await ResetLinkAsync(factory, admin.Email);
        Assert.StartsWith(PublicUrlFactory.PublicUrl + "/Account/ResetPassword?", link, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, link, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The whole address of the reset link in the last mail to <paramref name="email"/>, host included.</summary>
    internal static async Task<string> ResetLinkAsync(BeaconFactory factory, string email) =>
        Mailbox.Links((await Mailbox.ToAsync(factory, email))[^1].HtmlBody ?? "").Single(l => l.AbsolutePath == "/Account/ResetPassword").AbsoluteUri;

    [Fact]
    public async Task CalendarFeed_ForgedHostHeader_AddressIsOnPublicUrl()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));
        client.Http.DefaultRequestHeaders.Host = ForgedHost;

        var response = await client.PostFormAsync("/Communities/Calendar?handler=Create", new Dictionary<string, string>());
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PublicUrlFactory.PublicUrl + "/calendar/", page);
        Assert.DoesNotContain(ForgedHost, page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Production_WithoutPublicUrl_RefusesToStartNamingTheSetting()
    {
        using var production = new ProductionFactory(publicUrl: null);

        var error = Record.Exception(() => production.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Beacon:PublicUrl is not set", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_PublicUrlNotAnAddress_RefusesToStartNamingTheSetting()
    {
        using var production = new ProductionFactory(publicUrl: "beacon.district.example");

        var error = Record.Exception(() => production.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Beacon:PublicUrl must be an absolute http or https address", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithPublicUrl_Starts()
    {
        await using var production = new ProductionFactory(PublicUrlFactory.PublicUrl);
        using var client = production.CreateClient();

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>Without <c>Beacon:PublicUrl</c> (development and tests only) links follow the request, which is why Production requires it.</summary>
[Trait("Category", "Database")]
/// <summary>Beacon with no public address, as development runs it (the tests' default factory sets one for the survey jobs).</summary>
public sealed class NoPublicUrlFactory : BeaconFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Beacon:PublicUrl"] = "" };
}

public class PublicLinksFallbackTests(NoPublicUrlFactory factory) : IClassFixture<NoPublicUrlFactory>
{
    [Fact]
    public async Task ForgotPassword_NoPublicUrlOutsideProduction_LinkFollowsTheRequestHost()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = BrowserlessClient.For(factory);
        client.Http.DefaultRequestHeaders.Host = "beacon.test";

        await PasswordResetTests.AskForLinkAsync(client, teacher.Email);

        Assert.StartsWith("http://beacon.test/Account/ResetPassword?", await PublicLinksTests.ResetLinkAsync(factory, teacher.Email), StringComparison.Ordinal);
    }
}
