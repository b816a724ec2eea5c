using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Beacon.Bench.Generate;
using Beacon.Bench.Load;
using Beacon.Bench.Shared;
using Beacon.Hosting;
using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Beacon.Web.Ui;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Takers;

/// <summary>
/// Many staff answering a survey at the same moment (5,000 by default), each by their own one-time link: every
/// taker opens the answer page and submits all items, all takers started at once over their own connections.
/// Records the takers' p99 (open plus submit) against the p99 of the one-query endpoint asked by as many clients at
/// once in the same run, and the errors (any answer but the page and the thanks redirect, or a timeout), which must
/// be zero. Afterwards it checks that the survey holds exactly one response and one tally per taker.
/// </summary>
public static partial class TakersBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var profile = ScaleProfile.For(options.Scale);
        var takers = options.Int("--takers", 5_000);
        var connection = options.Connection;
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        Guid districtId, surveyId;
        IReadOnlyList<string> codes;
        await using (var app = await BenchHost.StartAsync(options, connection))
        {
            (districtId, var generated) = await BenchDistricts.FindOrGenerateAsync(app.Services, profile);
            (surveyId, codes) = await BenchOpenSurvey.CreateAsync(app.Services, districtId, generated, takers, "Takers benchmark", stop.Token);
        }

        var folder = Directory.CreateTempSubdirectory("beacon-takers-").FullName;
        try
        {
            var nodeOptions = new BeaconNodeOptions(options.IsPostgres ? "Postgres" : "Sqlite", connection, folder)
            {
                Settings = new Dictionary<string, string> { ["Beacon:SeedDemo"] = "false", ["Beacon:Benchmarks:Enabled"] = "true" },
            };
            await using var node = await BeaconProcess.StartAsync(nodeOptions, stop.Token);
            var cookie = await SignedIn.CookieHeaderAsync(node.Address, profile.AdminEmail, ScaleProfile.AdminPassword, stop.Token);
            using var handler = new SocketsHttpHandler
            {
                UseCookies = false,
                AllowAutoRedirect = false,
                MaxConnectionsPerServer = takers,
                PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            };
            using var http = new HttpClient(handler) { BaseAddress = Loopback.Require(node.Address), Timeout = TimeSpan.FromMinutes(15) };

            Console.WriteLine($"{takers:N0} takers at once on {options.ProviderName}, {profile.Slug}, {Environment.ProcessorCount} cores shared by the takers and the server");
            var ceiling = await AllAtOnceAsync(takers, _ => CeilingAsync(http, cookie, stop.Token));
            Console.WriteLine($"  one-query endpoint, {takers:N0} clients at once: {ceiling}");
            var answered = await AllAtOnceAsync(takers, i => TakeAsync(http, codes[i], stop.Token));
            Console.WriteLine($"  survey takers (answer page and submit), {takers:N0} at once: {answered}");

            var (responses, respondents, invitationsAnswered) = await CountAsync(options, connection, districtId, surveyId);
            Console.WriteLine($"  stored: {responses:N0} responses, {respondents:N0} respondents in the tallies, {invitationsAnswered:N0} invitations answered");
            var errors = answered.Errors + (responses == takers - answered.Errors && respondents == responses && invitationsAnswered == responses ? 0 : takers);

            new BenchResult("takers", options.ProviderName, profile.Scale, $"{takers:N0} survey takers at once, p99 (answer page and submit)", answered.P99.TotalMilliseconds, "ms",
                $"one-query endpoint, {takers:N0} clients at once, p99", ceiling.P99.TotalMilliseconds).Record(options);
            new BenchResult("takers", options.ProviderName, profile.Scale, $"{takers:N0} survey takers at once, median", answered.Median.TotalMilliseconds, "ms",
                $"one-query endpoint, {takers:N0} clients at once, median", ceiling.Median.TotalMilliseconds).Record(options);
            new BenchResult("takers", options.ProviderName, profile.Scale, "takers who got an error or whose answers were not stored exactly once", errors, "takers",
                "takers", takers).Record(options);
            if (errors > 0)
            {
                throw new InvalidOperationException($"{errors:N0} of {takers:N0} takers failed ({answered.FirstError}).");
            }
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean up.
            }
        }
    }

    private sealed record Outcome(TimeSpan Median, TimeSpan P99, int Errors, TimeSpan Wall, string? FirstError)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"median {Median.TotalMilliseconds:N0} ms, p99 {P99.TotalMilliseconds:N0} ms, all done in {Wall.TotalSeconds:N1} s, {Errors} errors{(FirstError is null ? "" : $" (first: {FirstError})")}");
    }

    /// <summary>Starts every client before awaiting any, and times each from its own start.</summary>
    private static async Task<Outcome> AllAtOnceAsync(int count, Func<int, Task> client)
    {
        var times = new ConcurrentBag<TimeSpan>();
        var errors = new ConcurrentQueue<string>();
        var wall = Stopwatch.StartNew();
        using var gate = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            gate.Wait();
            var watch = Stopwatch.StartNew();
            try
            {
                await client(i);
                times.Add(watch.Elapsed);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                errors.Enqueue(e.Message);
            }
        })).ToList();
        wall.Restart();
        gate.Set();
        await Task.WhenAll(tasks);
        var sorted = times.Order().ToArray();
        return sorted.Length == 0
            ? new Outcome(TimeSpan.Zero, TimeSpan.Zero, errors.Count, wall.Elapsed, errors.FirstOrDefault())
            : new Outcome(sorted[sorted.Length / 2], sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.99) - 1)],
                errors.Count, wall.Elapsed, errors.FirstOrDefault());
    }

    private static async Task CeilingAsync(HttpClient http, string cookie, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, BenchmarkEndpoint.Path);
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request, cancellationToken);
        await response.Content.ReadAsStringAsync(cancellationToken);
        Expect(response, HttpStatusCode.OK);
    }

    /// <summary>One person: opens their link, answers every item (a value from 1 to 4 drawn from the code) and submits.</summary>
    private static async Task TakeAsync(HttpClient http, string code, CancellationToken cancellationToken)
    {
        var page = $"/Surveys/Take?code={Uri.EscapeDataString(code)}";
        using var get = await http.GetAsync(page, cancellationToken);
        var body = await get.Content.ReadAsStringAsync(cancellationToken);
        Expect(get, HttpStatusCode.OK);
        var antiforgery = get.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? string.Join("; ", cookies.Select(c => c.Split(';')[0]))
            : throw new InvalidOperationException("The answer page set no antiforgery cookie.");
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", TokenPattern().Match(body) is { Success: true } token
                ? WebUtility.HtmlDecode(token.Groups[1].Value)
                : throw new InvalidOperationException("The answer page has no antiforgery token.")),
            new("code", code),
        };
        var seed = code.GetHashCode(StringComparison.Ordinal);
        foreach (var item in ItemPattern().Matches(body).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
        {
            form.Add(new($"Answers[{item}]", (1 + (int)((uint)(seed ^ item.GetHashCode(StringComparison.Ordinal)) % 4)).ToString(CultureInfo.InvariantCulture)));
        }
        using var post = new HttpRequestMessage(HttpMethod.Post, $"{page}&handler=Submit") { Content = new FormUrlEncodedContent(form) };
        post.Headers.Add("Cookie", antiforgery);
        using var submitted = await http.SendAsync(post, cancellationToken);
        await submitted.Content.ReadAsStringAsync(cancellationToken);
        Expect(submitted, HttpStatusCode.Redirect);
        if (submitted.Headers.Location?.OriginalString.Contains("Thanks", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw new InvalidOperationException($"The submit went to {submitted.Headers.Location}, not the thanks page.");
        }
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}, not {(int)status}.");
        }
    }

    private static async Task<(int Responses, int Respondents, int Answered)> CountAsync(BenchOptions options, string connection, Guid districtId, Guid surveyId)
    {
        await using var app = await BenchHost.StartAsync(options, connection);
        await using var scope = app.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        return (
            await db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId),
            await db.SurveyCellTallies.Where(t => t.SurveyId == surveyId).SumAsync(t => t.Respondents),
            await db.SurveyInvitations.CountAsync(i => i.SurveyId == surveyId && i.Answered));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Answers\\[([0-9a-fA-F-]{36})\\]\"")]
    private static partial Regex ItemPattern();
}
