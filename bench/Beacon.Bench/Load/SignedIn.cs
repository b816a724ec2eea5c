using System.Net;
using System.Text.RegularExpressions;
using Beacon.Hosting;

namespace Beacon.Bench.Load;

/// <summary>A sign-in made over HTTP as a browser would (the form's antiforgery token, then the post), carried as a Cookie header wrk can send.</summary>
public static partial class SignedIn
{
    public static async Task<string> CookieHeaderAsync(Uri address, string email, string password, CancellationToken cancellationToken)
    {
        var (http, cookies, token) = await OpenFormAsync(address, cancellationToken);
        using var _ = http;
        using var post = await PostAsync(http, email, password, token, cancellationToken);
        // A refused password shows the form again (200); a second factor redirects to /Account/TwoFactor.
        if (post.StatusCode != HttpStatusCode.Redirect || post.Headers.Location?.OriginalString.StartsWith("/Account", StringComparison.OrdinalIgnoreCase) != false)
        {
            throw new InvalidOperationException(
                $"{email} could not sign in at {address} (answered {(int)post.StatusCode} {post.Headers.Location}). " +
                "Fill the database with `generate --scale <scale>` first, or name an account with --user and --password (one without a second factor).");
        }
        return cookies.GetCookieHeader(address);
    }

    /// <summary>A client with its own cookies, on the sign-in page's antiforgery token (the caller disposes the client).</summary>
    public static async Task<(HttpClient Http, CookieContainer Cookies, string Token)> OpenFormAsync(Uri address, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = Loopback.Require(address),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var form = await http.GetStringAsync("/Account/SignIn", cancellationToken);
        var token = TokenPattern().Match(form) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"The sign-in page at {address} has no antiforgery token.");
        return (http, cookies, token);
    }

    /// <summary>Posts the sign-in form as a browser would.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient http, string email, string password, string token, CancellationToken cancellationToken) =>
        http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Email"] = email,
            ["Form.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }), cancellationToken);

    /// <summary>Fails unless <paramref name="path"/> answers 200 to this cookie: wrk counts a redirect to the sign-in page as a success.</summary>
    public static async Task RequireOkAsync(Uri address, string cookieHeader, string path, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = Loopback.Require(address),
            Timeout = TimeSpan.FromSeconds(60),
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookieHeader);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} at {address} answered {(int)response.StatusCode} {response.Headers.Location} to the signed-in cookie.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
