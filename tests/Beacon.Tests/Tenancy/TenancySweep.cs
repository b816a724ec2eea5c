using System.Collections.Concurrent;
using System.Net;
using Beacon.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Tenancy;

/// <summary>Sample values for route values that are not record ids.</summary>
public static class SweepSamples
{
    public static readonly Dictionary<string, string[]> NonIdRouteValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kind"] = ["oneroster", "schools", "staff", "metrics", "positions"],
        ["format"] = ["csv", "xlsx"],
        // A calendar feed's secret: one malformed, one well-formed but unknown.
        ["token"] = ["not-a-token", Guid.NewGuid().ToString("N") + new string('0', 40)],
        // A certificate's public verification code (anyone may check one): malformed, and unknown.
        ["code"] = ["not-a-code", Guid.NewGuid().ToString("N") + "-ABCDEFGH"],
        // A district's public page is named by the district's slug: one that no district has.
        ["slug"] = ["no-such-district"],
    };
}

/// <summary>What a sweep found: every request that showed or changed the other district's data, and how many it sent (with retries).</summary>
public sealed record SweepReport(IReadOnlyList<string> Failures, int Requests);

/// <summary>
/// Signs in as an administrator of district A and calls every handler of every routed endpoint with
/// the ids of district B's records, one id parameter at a time: in the route, the query string or
/// the posted form (with a valid antiforgery token), each fed B's ids of the kind it names while the
/// handler's other ids name A's own records, so a handler that checks its route record and trusts
/// the rest is caught. Both districts hold one record of every kind (<see cref="DistrictB"/>).
/// A request fails the sweep when its response shows B's marker, when an id in the route is not
/// refused (404/403/400/405), or when it answers 5xx; at the end every row B holds must be unchanged,
/// column by column, and no row of A may name one of B's records.
/// </summary>
public sealed class TenancySweep(BeaconFactory factory)
{
    private static readonly HttpStatusCode[] Refusals =
        [HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.MethodNotAllowed];

    /// <summary>Which endpoints to sweep; all of them unless a self-test narrows it.</summary>
    public Func<RouteEndpoint, bool> Include { get; init; } = _ => true;

    public async Task<SweepReport> RunAsync()
    {
        var b = await DistrictB.CreateAsync(factory);
        var a = await DistrictB.CreateAsync(factory, "Homestead");
        var failures = new ConcurrentBag<string>();
        foreach (var missing in await b.MissingRecordKindsAsync(factory))
        {
            failures.Add($"district B holds no {missing}: add one in DistrictB.CreateAsync so the sweep covers it");
        }
        var kinds = b.Ids.Keys.ToList();
        var endpoints = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().Where(Include).ToList();
        var targets = EndpointIdParameters.Targets(endpoints, kinds).ToList();
        var requests = new List<SweepRequest>();
        foreach (var target in targets)
        {
            var unknownRoute = target.RouteValues.Where(r => !SweepSamples.NonIdRouteValues.ContainsKey(r) && target.Ids.All(i => !i.Name.Equals(r, StringComparison.OrdinalIgnoreCase))).ToList();
            foreach (var name in target.Unmapped.Concat(unknownRoute).Distinct())
            {
                failures.Add($"{target}: id parameter {name} names no kind of record; add it to EndpointIdParameters.Exceptions");
            }
            requests.AddRange(RequestsFor(target, a, b, failures));
        }
        if (!failures.IsEmpty)
        {
            // Teach the sweep first: a half-mapped sweep would pass for the wrong reason.
            return new SweepReport(failures.ToList(), 0);
        }

        var before = await b.FingerprintAsync(factory);
        var checkedRequests = 0;
        var session = new Session(await BrowserlessClient.SignedInAsync(factory, a.Administrator));
        await session.RefreshTokenAsync();
        var clients = new List<BrowserlessClient> { session.Client };
        var renewal = new SemaphoreSlim(1, 1);
        var failedOnce = new ConcurrentBag<SweepRequest>();

        // Several requests at a time keep the sweep quick as routes and record kinds grow; signing out
        // (or anything else that ends the session) goes last, one at a time, so the sweep stays signed in.
        await Parallel.ForEachAsync(requests.Where(r => !r.EndsSession), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (request, _) => await CheckAsync(request, retried: false));
        // A 5xx in the parallel pass may be two sweep requests racing on one of A's records (two
        // deletes of it); asked again alone, only a handler that fails on the ids themselves fails.
        foreach (var request in failedOnce.OrderBy(r => r.ToString(), StringComparer.Ordinal))
        {
            await CheckAsync(request, retried: true);
        }
        foreach (var request in requests.Where(r => r.EndsSession))
        {
            await CheckAsync(request, retried: true);
        }
        foreach (var client in clients)
        {
            client.Dispose();
        }

        var after = await b.FingerprintAsync(factory);
        foreach (var change in before.Differences(after))
        {
            failures.Add($"district B's data changed: {change}");
        }
        var home = await DistrictRows.ReadAsync(factory, a.District.Id);
        foreach (var reference in home.ReferencesTo(after.Ids))
        {
            failures.Add($"district A now refers to B's data: {reference}");
        }
        return new SweepReport(failures.ToList(), checkedRequests);

        async Task CheckAsync(SweepRequest request, bool retried)
        {
            var used = session;
            var response = await used.SendAsync(request);
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
                        var renewed = new Session(await BrowserlessClient.SignedInAsync(factory, a.Administrator));
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
                response = await session.SendAsync(request);
            }
            Interlocked.Increment(ref checkedRequests);
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains(DistrictB.Marker, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{request}: response shows district B's data");
            }
            if ((int)response.StatusCode >= 500)
            {
                if (retried)
                {
                    failures.Add($"{request}: answered {(int)response.StatusCode}");
                }
                else
                {
                    failedOnce.Add(request);
                }
            }
            else if (request.ForeignInRoute && !Refusals.Contains(response.StatusCode))
            {
                failures.Add($"{request}: answered {(int)response.StatusCode} {response.Headers.Location}, expected 404 (or 403)");
            }
        }
    }

    /// <summary>
    /// The requests that try B's ids on one handler: for each id parameter, one request per id of B of
    /// its kind (every kind for a route's <c>{id}</c>), the handler's other ids naming A's records of
    /// their kinds. A handler that reads no id is asked with B's school in the query string.
    /// </summary>
    private static IEnumerable<SweepRequest> RequestsFor(SweepTarget target, DistrictB a, DistrictB b, ConcurrentBag<string> failures)
    {
        var endsSession = target.Template.Contains("SignOut", StringComparison.OrdinalIgnoreCase);
        var kinds = b.Ids.Keys.ToList();
        var bases = NonIdExpansions(target.Template, target.RouteValues);
        if (target.Ids.Count == 0)
        {
            foreach (var url in bases)
            {
                yield return new SweepRequest(target.Method, target.Handler, url,
                    [new("school", b.Ids["School"], ParameterSource.Query), new("id", b.Ids["School"], ParameterSource.Query)], false, endsSession);
            }
            yield break;
        }
        foreach (var tried in target.Ids)
        {
            var others = new List<(IdParameter Parameter, string? Value)>();
            var unknownContext = false;
            foreach (var other in target.Ids.Where(i => i != tried))
            {
                var kind = other.Kind == EndpointIdParameters.AnyKind && other.Source == ParameterSource.Route
                    ? EndpointIdParameters.RouteIdKind(target.Template, kinds)
                    : other.Kind;
                if (kind is null)
                {
                    failures.Add($"{target}: the kind of route value {other.Name} is unknown; add the template to EndpointIdParameters.RouteIdKinds");
                    unknownContext = true;
                }
                // A parameter of any kind outside the route is left out: which of A's records it wants is not known.
                others.Add((other, kind is null || kind == EndpointIdParameters.AnyKind ? null : a.Ids[kind]));
            }
            if (unknownContext)
            {
                continue;
            }
            var values = tried.Kind == EndpointIdParameters.AnyKind ? b.Ids.Values.Distinct() : [b.Ids[tried.Kind]];
            foreach (var value in values)
            {
                foreach (var url in bases)
                {
                    var fields = others.Where(o => o.Value is not null).Select(o => Field(o.Parameter, o.Value!)).Append(Field(tried, value)).ToList();
                    yield return new SweepRequest(target.Method, target.Handler, url, fields, tried.Source == ParameterSource.Route, endsSession);
                }
            }
        }
    }

    private static SweepField Field(IdParameter parameter, string value) => parameter.IsDictionaryKey
        ? new SweepField($"{parameter.Name}[{value}]", "1", parameter.Source)
        : new SweepField(parameter.Name, value, parameter.Source);

    private static List<string> NonIdExpansions(string template, IReadOnlyList<string> routeValues)
    {
        IEnumerable<string> urls = [template];
        foreach (var value in routeValues.Where(SweepSamples.NonIdRouteValues.ContainsKey))
        {
            urls = urls.SelectMany(u => SweepSamples.NonIdRouteValues[value].Select(v => SweepRequest.ReplaceRouteValue(u, value, v))).ToList();
        }
        return urls.Distinct().ToList();
    }

    /// <summary>A signed-in client and the antiforgery token its posts carry (ASP.NET Core's tokens are per user, not per page).</summary>
    private sealed class Session(BrowserlessClient client)
    {
        private string _token = "";

        public BrowserlessClient Client { get; } = client;

        public async Task RefreshTokenAsync() => _token = await Client.TokenFromAsync("/Account/SignIn");

        public Task<HttpResponseMessage> SendAsync(SweepRequest request)
        {
            var target = request.Target;
            if (request.Method == "GET")
            {
                return Client.Http.GetAsync(target);
            }
            var form = request.Fields.Where(f => f.Source == ParameterSource.Form).Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
                .Append(new("__RequestVerificationToken", _token));
            return Client.Http.PostAsync(target, new FormUrlEncodedContent(form));
        }
    }
}

public sealed record SweepField(string Name, string Value, ParameterSource Source);

public sealed record SweepRequest(string Method, string? Handler, string Url, IReadOnlyList<SweepField> Fields, bool ForeignInRoute, bool EndsSession)
{
    /// <summary>The URL with route values filled in and the query string (on a GET, every field that is not in the route).</summary>
    public string Target
    {
        get
        {
            var url = Url;
            foreach (var routeValue in Fields.Where(f => f.Source == ParameterSource.Route))
            {
                url = ReplaceRouteValue(url, routeValue.Name, routeValue.Value);
            }
            url = url.Replace("//", "/", StringComparison.Ordinal).TrimEnd('/') is { Length: > 0 } s ? s : "/";
            var query = Fields.Where(f => f.Source == ParameterSource.Query || (Method == "GET" && f.Source == ParameterSource.Form))
                .Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}")
                .Concat(Handler is null ? [] : [$"handler={Handler}"])
                .ToList();
            return query.Count == 0 ? url : $"{url}?{string.Join('&', query)}";
        }
    }

    public static string ReplaceRouteValue(string url, string name, string value)
    {
        var start = url.IndexOf("{" + name, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return url;
        }
        var end = url.IndexOf('}', start);
        return url[..start] + Uri.EscapeDataString(value) + url[(end + 1)..];
    }

    public override string ToString() =>
        $"{Method} {Target}{(Method == "POST" ? " form " + string.Join('&', Fields.Where(f => f.Source == ParameterSource.Form).Select(f => $"{f.Name}={f.Value}")) : "")}";
}
