using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Features.Imports;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Web;

/// <summary>
/// Beacon trusting the proxies of 10.20.0.0/16. The test server has no network connection, so a
/// test says which address a request comes from with the X-Test-Peer header.
/// </summary>
public sealed class ProxyFactory : BeaconFactory
{
    public const string TrustedPeer = "10.20.0.7";
    public const string UntrustedPeer = "192.0.2.9";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Beacon:Proxies"] = "10.20.0.0/16, 127.0.0.1" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerFromHeader>());
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-Peer", out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

[Trait("Category", "Database")]
public partial class TransportTests(ProxyFactory factory) : IClassFixture<ProxyFactory>
{
    private const string Host = "beacon.district.example";

    private HttpClient RawClient(string peer, bool forwardedHttps)
    {
        var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Host = Host;
        client.DefaultRequestHeaders.Add("X-Test-Peer", peer);
        if (forwardedHttps)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }
        return client;
    }

    [Fact]
    public async Task SignIn_HttpsFromTrustedProxy_CookiesSecureAndHstsSent()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = RawClient(ProxyFactory.TrustedPeer, forwardedHttps: true);

        var form = await client.GetAsync("/Account/SignIn", TestContext.Current.CancellationToken);
        var signedIn = await SignInAsync(client, form, teacher);

        Assert.Contains("max-age=", string.Join(",", form.Headers.GetValues("Strict-Transport-Security")));
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("beacon.af=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("beacon.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_ForwardedProtoFromUntrustedPeer_Ignored()
    {
        using var client = RawClient(ProxyFactory.UntrustedPeer, forwardedHttps: true);

        var form = await client.GetAsync("/Account/SignIn", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("beacon.af=", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/Schools?handler=Export&format=csv")]
    [InlineData("/Schools?handler=Export&format=xlsx")]
    [InlineData("/Staff?handler=Export&format=csv")]
    [InlineData("/Audit?handler=Export&format=csv")]
    [InlineData("/Staffing/Equity?handler=Export&format=csv")]
    [InlineData("/Imports?handler=Template&kind=schools&format=xlsx")]
    public async Task Export_Download_IsNeverStored(string url)
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Content.Headers.ContentDisposition);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url} answered Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task CalendarFeedAndImportApi_NotPages_AreNeverStored()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        var created = await client.PostFormAsync("/Communities/Calendar?handler=Create", new Dictionary<string, string>());
        var feed = FeedUrl().Match(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Value;

        var calendar = await factory.CreateClient().GetAsync(new Uri(feed).PathAndQuery, TestContext.Current.CancellationToken);
        var api = await ImportTestData.PostAsync(client, "schools", ImportFiles.Bytes("schools-valid.csv"), ImportUpload.CsvType, "?dryRun=true");

        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.True(calendar.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.True(api.Headers.CacheControl?.NoStore);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, HttpResponseMessage form, TestAccount account)
    {
        var html = await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        var cookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("beacon.af=", StringComparison.Ordinal)).Split(';')[0];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = new FormUrlEncodedContent([
                new("Form.Email", account.Email), new("Form.Password", account.Password), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"https?://[^\s<""]+/calendar/[0-9a-f]{72}\.ics")]
    private static partial Regex FeedUrl();
}

/// <summary>Beacon on a real Kestrel server, with a 4 KiB import limit and a 64 KiB body limit for everything else.</summary>
public sealed class KestrelFactory : BeaconFactory
{
    public KestrelFactory() => UseKestrel(options => options.Limits.MaxRequestBodySize = 64 * 1024);

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Beacon:Imports:MaxFileBytes"] = SmallImportLimitFactory.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

[Trait("Category", "Database")]
public class KestrelTests(KestrelFactory factory) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task AnyResponse_OnKestrel_HasNoServerHeader()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/Account/SignIn", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task ImportApi_BodyOverTheServerLimit_Answers413WithTheProblem()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await SignedInAsync(admin);
        var body = ImportFiles.Utf8("school_id,name\n" + string.Concat(Enumerable.Repeat("S-1,Alder Elementary\n", 5_000)));

        var response = await ImportTestData.PostAsync(client, "schools", body, ImportUpload.CsvType, "?dryRun=true");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 4 KiB", Assert.Single((await ImportTestData.ReadAsync(response)).Problems).Reason);
    }

    [Fact]
    public async Task AnyForm_BodyOverTheServerLimit_AnswersAClientErrorNotAServerError()
    {
        using var client = BrowserlessClient.At(Address(), new CookieContainer());
        var token = await client.TokenFromAsync("/Account/SignIn");

        var response = await client.Http.PostAsync("/Account/SignIn", new FormUrlEncodedContent([
            new("Form.Email", new string('a', 100_000) + "@test.example"), new("Form.Password", "x"), new("__RequestVerificationToken", token)]),
            TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}");
        Assert.Contains("Beacon could not use that request", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private Uri Address()
    {
        using var client = factory.CreateClient();
        return client.BaseAddress!;
    }

    private async Task<BrowserlessClient> SignedInAsync(TestAccount account)
    {
        var client = BrowserlessClient.At(Address(), new CookieContainer());
        var response = await client.SignInAsync(account.Email, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
