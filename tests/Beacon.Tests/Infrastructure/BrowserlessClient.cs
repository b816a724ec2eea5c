using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Beacon.Tests.Infrastructure;

/// <summary>
/// An HTTP client that behaves like a browser without JavaScript: keeps cookies, reads the
/// antiforgery token from each form it fetches and posts it back.
/// </summary>
public sealed partial class BrowserlessClient(HttpClient http, CookieContainer cookies) : IDisposable
{
    public HttpClient Http { get; } = http;

    /// <summary>The cookies this client holds, e.g. to present a sign-in to another app node.</summary>
    public CookieContainer Cookies { get; } = cookies;

    public static BrowserlessClient For(WebApplicationFactory<Program> factory)
    {
        var cookies = new CookieContainer();
        return new(factory.CreateDefaultClient(new CookieContainerHandler(cookies)), cookies);
    }

    /// <summary>A client of a Beacon running as its own process (or behind a proxy) at <paramref name="address"/>.</summary>
    public static BrowserlessClient At(Uri address, CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        }, cookies);

    public static async Task<BrowserlessClient> SignedInAsync(WebApplicationFactory<Program> factory, TestAccount account)
    {
        var client = For(factory);
        var response = await client.SignInAsync(account.Email, account.Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {account.Email} answered {(int)response.StatusCode}");
        return client;
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await PostFormAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Form.Email"] = email,
            ["Form.Password"] = password,
        });

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>Sends the following requests from <paramref name="address"/> (see <see cref="ClientAddressFilter"/>).</summary>
    public void FromAddress(string address)
    {
        Http.DefaultRequestHeaders.Remove(ClientAddressFilter.Header);
        Http.DefaultRequestHeaders.Add(ClientAddressFilter.Header, address);
    }

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {Excerpt(body)}");
        return body;
    }

    /// <summary>Fetches <paramref name="formUrl"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="postUrl"/> (default: the same page).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var token = await TokenFromAsync(formUrl);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Http.PostAsync(postUrl ?? formUrl, content);
    }

    /// <summary>Posts a multipart form (with files) after fetching <paramref name="formUrl"/> for its token.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formUrl, MultipartFormDataContent content, string? postUrl = null)
    {
        content.Add(new StringContent(await TokenFromAsync(formUrl)), "__RequestVerificationToken");
        return await Http.PostAsync(postUrl ?? formUrl, content);
    }

    public async Task<string> TokenFromAsync(string url)
    {
        var page = await GetPageAsync(url);
        var match = TokenPattern().Match(page);
        Assert.True(match.Success, $"No antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>What a failing assertion should show of a page: its validation messages when it has any, else its start.</summary>
    public static string Excerpt(string body)
    {
        var messages = ErrorPattern().Matches(body).Select(m => m.Groups[1].Value.Trim()).Where(m => m.Length > 0).ToList();
        return messages.Count > 0 ? "Validation: " + string.Join(" | ", messages) : body.Length > 600 ? body[..600] : body;
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("class=\"field-error[^\"]*\"[^>]*>([^<]+)<")]
    private static partial Regex ErrorPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
