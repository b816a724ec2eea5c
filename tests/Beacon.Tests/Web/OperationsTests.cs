using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Web;

[Trait("Category", "Database")]
public class OperationsTests(OperationsTests.FailingFactory factory) : IClassFixture<OperationsTests.FailingFactory>
{
    /// <summary>The real app plus one route that throws, to see what a person sees when something breaks.</summary>
    public sealed class FailingFactory : BeaconFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowingRoute>());
        }

        private sealed class ThrowingRoute : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map("/test-only/boom", branch => branch.Run(_ => throw new InvalidOperationException("secret internals")));
            };
        }
    }

    [Fact]
    public async Task UnhandledError_AnyPage_ShowsFriendlyPageWithoutStackTrace()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        var response = await client.GetAsync("/test-only/boom");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, $"{(int)response.StatusCode}: {BrowserlessClient.Excerpt(body)}");
        Assert.Contains("Something went wrong on our side", body);
        Assert.DoesNotContain("secret internals", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at ", body.Replace("at our side", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAddress_SignedIn_ShowsFriendlyNotFoundPage()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnyResponse_Always_CarriesSecurityHeaders()
    {
        using var client = BrowserlessClient.For(factory);

        var response = await client.GetAsync("/Account/SignIn");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = BrowserlessClient.For(factory);

        var response = await client.Http.PostAsync("/Account/SignIn",
            new FormUrlEncodedContent([new("Form.Email", "a@b.example"), new("Form.Password", "whatever-whatever")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>Two app nodes over one database: a sign-in on one is valid on the other, with no sticky sessions.</summary>
[Trait("Category", "Database")]
public class SharedKeysTests
{
    [Fact]
    public async Task SignIn_OnOneNode_CookieIsValidOnAnotherNodeOverTheSameDatabase()
    {
        await using var first = new BeaconFactory();
        var district = await first.CreateDistrictAsync("Shared Node District");
        var account = await first.CreateAccountAsync(district, Roles.Teacher);
        using var onFirst = await BrowserlessClient.SignedInAsync(first, account);
        await using var second = new SecondNode(first);
        using var onSecond = BrowserlessClient.For(second);
        foreach (Cookie cookie in onFirst.Cookies.GetAllCookies())
        {
            onSecond.Cookies.Add(cookie);
        }

        var response = await onSecond.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Shared Node District", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A second app instance pointed at the first one's database.</summary>
    private sealed class SecondNode(BeaconFactory first) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Test");
            builder.UseSetting("Database:Provider", BeaconFactory.Provider.ToString());
            builder.UseSetting("ConnectionStrings:Beacon", first.ConnectionString);
            builder.UseSetting("Beacon:SeedDemo", "false");
        }
    }
}
