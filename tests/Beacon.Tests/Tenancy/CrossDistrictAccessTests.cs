using System.Collections.Concurrent;
using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Tenancy;

/// <summary>
/// Signs in as an administrator of district A and calls every routed endpoint of the app with the
/// ids of district B's records. Endpoints are enumerated from the app itself, so a new endpoint is
/// covered the day it is added, and one whose route parameters this test does not know fails it.
/// </summary>
[Trait("Category", "Database")]
public class CrossDistrictAccessTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static readonly HttpStatusCode[] Refusals =
        [HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.MethodNotAllowed];

    // Sample values for route parameters that are not record ids.
    private static readonly Dictionary<string, string[]> NonIdParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kind"] = ["oneroster", "schools", "staff", "metrics", "positions"],
        ["format"] = ["csv", "xlsx"],
        // A calendar feed's secret: one malformed, one well-formed but unknown.
        ["token"] = ["not-a-token", Guid.NewGuid().ToString("N") + new string('0', 40)],
    };

    [Fact]
    public async Task EveryEndpoint_IdsOfAnotherDistrict_AnswerNotFoundAndLeakNothing()
    {
        var b = await DistrictB.CreateAsync(factory);
        var a = await factory.CreateDistrictAsync("Home District");
        var admin = await factory.CreateAccountAsync(a, Roles.DistrictAdministrator);
        var session = new Session(await BrowserlessClient.SignedInAsync(factory, admin));
        await session.RefreshTokenAsync();
        var clients = new List<BrowserlessClient> { session.Client };
        var renewal = new SemaphoreSlim(1, 1);
        Assert.Empty(await b.MissingRecordKindsAsync(factory));
        var before = await b.FingerprintAsync(factory);
        var failures = new ConcurrentBag<string>();
        var checkedRequests = 0;

        var requests = new List<(string Method, string Target, bool HasId, bool EndsSession)>();
        foreach (var route in RoutedEndpoints())
        {
            var parameters = route.Pattern.Parameters.Select(p => p.Name).ToList();
            var unknown = parameters.Where(p => !IsIdParameter(p) && !NonIdParameters.ContainsKey(p)).ToList();
            if (unknown.Count > 0)
            {
                failures.Add($"{route.Pattern.RawText}: route parameter(s) {string.Join(", ", unknown)} unknown to this test; teach it a sample value");
                continue;
            }
            var hasId = parameters.Any(IsIdParameter);
            var endsSession = route.Pattern.RawText?.Contains("SignOut", StringComparison.OrdinalIgnoreCase) == true;
            foreach (var url in Urls(route.Pattern.RawText ?? "", parameters, b.Ids.Values))
            {
                foreach (var (method, handler) in route.Methods)
                {
                    var target = handler is null ? url : $"{url}{(url.Contains('?') ? '&' : '?')}handler={handler}";
                    if (!hasId)
                    {
                        // Lists and forms of one's own district: B's records may be named in the query, never shown.
                        target = $"{target}{(target.Contains('?') ? '&' : '?')}school={b.Ids["School"]}&id={b.Ids["School"]}";
                    }
                    requests.Add((method, target, hasId, endsSession));
                }
            }
        }

        // Several requests at a time keep the sweep quick as routes and record kinds grow; signing out
        // (or anything else that ends the session) goes last, one at a time, so the sweep stays signed in.
        await Parallel.ForEachAsync(requests.Where(r => !r.EndsSession), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (request, _) => await CheckAsync(request.Method, request.Target, request.HasId));
        foreach (var request in requests.Where(r => r.EndsSession))
        {
            await CheckAsync(request.Method, request.Target, request.HasId);
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }
        Assert.True(checkedRequests > 0, "no endpoint was requested");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(8)));
        Assert.Equal(before, await b.FingerprintAsync(factory));

        async Task CheckAsync(string method, string target, bool hasId)
        {
            var used = session;
            var response = await used.SendAsync(method, target);
            if (response.Headers.Location?.OriginalString.Contains("/Account/SignIn", StringComparison.Ordinal) == true)
            {
                // An account page swept earlier (new recovery codes, a changed password) renewed the
                // admin's security stamp, which ends the session: sign in again (once for all the
                // requests that noticed) and ask once more.
                await renewal.WaitAsync();
                try
                {
                    if (ReferenceEquals(used, session))
                    {
                        var renewed = new Session(await BrowserlessClient.SignedInAsync(factory, admin));
                        await renewed.RefreshTokenAsync();
                        lock (clients)
                        {
                            clients.Add(renewed.Client);
                        }
                        session = renewed;
                    }
                }
                finally
                {
                    renewal.Release();
                }
                response = await session.SendAsync(method, target);
            }
            Interlocked.Increment(ref checkedRequests);
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains(DistrictB.Marker, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{method} {target}: response shows district B's data");
            }
            if (hasId && !Refusals.Contains(response.StatusCode))
            {
                failures.Add($"{method} {target}: answered {(int)response.StatusCode} {response.Headers.Location}, expected 404 (or 403)");
            }
        }
    }

    /// <summary>A signed-in client and the antiforgery token its posts carry.</summary>
    private sealed class Session(BrowserlessClient client)
    {
        private string _token = "";

        public BrowserlessClient Client { get; } = client;

        public async Task RefreshTokenAsync() => _token = await Client.TokenFromAsync("/Account/SignIn");

        public Task<HttpResponseMessage> SendAsync(string method, string target) => method == "GET"
            ? Client.Http.GetAsync(target)
            : Client.Http.PostAsync(target, new FormUrlEncodedContent([new("__RequestVerificationToken", _token)]));
    }

    private static bool IsIdParameter(string name) => name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal);

    private static IEnumerable<string> Urls(string template, List<string> parameters, IEnumerable<string> ids)
    {
        IEnumerable<string> urls = ["/" + template.TrimStart('/')];
        foreach (var parameter in parameters)
        {
            var values = IsIdParameter(parameter) ? ids.ToArray() : NonIdParameters[parameter];
            urls = urls.SelectMany(u => values.Select(v => ReplaceParameter(u, parameter, v))).ToList();
        }
        return urls.Select(u => u.Replace("//", "/", StringComparison.Ordinal).TrimEnd('/') is { Length: > 0 } s ? s : "/").Distinct();
    }

    private static string ReplaceParameter(string url, string parameter, string value)
    {
        var start = url.IndexOf("{" + parameter, StringComparison.OrdinalIgnoreCase);
        var end = url.IndexOf('}', start);
        return url[..start] + Uri.EscapeDataString(value) + url[(end + 1)..];
    }

    private sealed record RoutedEndpoint(RoutePattern Pattern, IReadOnlyList<(string Method, string? Handler)> Methods);

    private IEnumerable<RoutedEndpoint> RoutedEndpoints()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var methods = new List<(string, string?)>();
            if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
            {
                methods.AddRange(page.HandlerMethods.Select(h => (h.HttpMethod.ToUpperInvariant(), string.IsNullOrEmpty(h.Name) ? null : h.Name)));
                if (methods.Count == 0)
                {
                    methods.Add(("GET", null));
                }
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } http)
            {
                methods.AddRange(http.HttpMethods.Where(m => m is "GET" or "POST").Select(m => (m, (string?)null)));
            }
            if (methods.Count > 0)
            {
                yield return new RoutedEndpoint(endpoint.RoutePattern, methods.Distinct().ToList());
            }
        }
    }
}
