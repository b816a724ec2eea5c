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
using Beacon.Web.Features.Surveys;
using Beacon.Web.Mail;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Publish;

/// <summary>
/// Publishing a survey to every staff member of the generated district (9,000 at district scale)
/// through the real page: a Beacon process, signed in as the district's administrator, posts the
/// publish confirmation form, and the request's time is set against the GET of that same
/// confirmation page (which counts the same staff) in the same run. Each run publishes a fresh
/// draft, a copy of the generated survey for every school. The node runs its jobs, so the survey
/// inviting job makes the invitations and queues their mails after the POST has returned; the
/// benchmark times that too (from the POST to the mailing's last batch) and checks that everyone is
/// invited once and every one of them with an email has one queued mail. The mail job is held back
/// (an interval of a day) so the mails stay queued and sending takes no cores from the measurement.
/// </summary>
public static partial class PublishBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var profile = ScaleProfile.For(options.Scale);
        var runs = options.Int("--runs", 3);
        var connection = options.Connection;
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        Guid districtId;
        var drafts = new List<Guid>();
        await using (var app = await BenchHost.StartAsync(options, connection))
        {
            (districtId, var generated) = await BenchDistricts.FindOrGenerateAsync(app.Services, profile);
            for (var run = 0; run < runs; run++)
            {
                drafts.Add(await DraftAsync(app.Services, districtId, generated, run));
            }
        }

        var folder = Directory.CreateTempSubdirectory("beacon-publish-").FullName;
        try
        {
            var nodeOptions = new BeaconNodeOptions(options.IsPostgres ? "Postgres" : "Sqlite", connection, folder)
            {
                Settings = new Dictionary<string, string>
                {
                    ["Beacon:SeedDemo"] = "false",
                    ["Beacon:Jobs:Enabled"] = "true",
                    ["Beacon:Jobs:IdleWait"] = "00:00:01",
                    ["Beacon:Surveys:Inviting:Interval"] = "00:00:01",
                    ["Beacon:Mail:Outbox:Interval"] = "1.00:00:00",
                    ["Mail:PickupFolder"] = Path.Combine(folder, "mail"),
                },
            };
            await using var node = await BeaconProcess.StartAsync(nodeOptions, stop.Token);
            var (http, _, token) = await SignedIn.OpenFormAsync(node.Address, stop.Token);
            using var client = http;
            using (var signIn = await SignedIn.PostAsync(client, profile.AdminEmail, ScaleProfile.AdminPassword, token, stop.Token))
            {
                if (signIn.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"{profile.AdminEmail} could not sign in ({(int)signIn.StatusCode}). Fill the database with `generate --scale {profile.Scale}` first.");
                }
            }
            Console.WriteLine($"Publishing on {options.ProviderName}, {profile.Slug}: {runs} surveys to every school, each through the publish page");
            var confirmations = new List<TimeSpan>();
            var publishes = new List<TimeSpan>();
            var invitings = new List<TimeSpan>();
            foreach (var draft in drafts)
            {
                var (confirmation, page) = await TimedAsync(() => client.GetAsync($"/Surveys/Publish/{draft}", stop.Token));
                var mailed = MailedPattern().Match(page) is { Success: true } m
                    ? int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
                    : throw new InvalidOperationException($"The publish page of {draft} does not say how many will be mailed.");
                var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(page) });
                var started = Stopwatch.StartNew();
                var (publish, _) = await TimedAsync(() => client.PostAsync($"/Surveys/Publish/{draft}", form, stop.Token), HttpStatusCode.Redirect);
                var (invited, queued) = await InvitedAsync(options, connection, districtId, draft, stop.Token);
                var invitedIn = started.Elapsed;
                if (queued != mailed || invited < mailed)
                {
                    throw new InvalidOperationException($"Publishing {draft} invited {invited} and queued {queued} mails; the page said it would mail {mailed}.");
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {invited:N0} invited, {queued:N0} queued: publish {publish.TotalMilliseconds:0} ms, confirmation page {confirmation.TotalMilliseconds:0} ms, everyone invited and queued by the job {invitedIn.TotalSeconds:0.0} s after the POST"));
                confirmations.Add(confirmation);
                publishes.Add(publish);
                invitings.Add(invitedIn);
            }
            var published = Timing.Of(publishes);
            var confirmed = Timing.Of(confirmations);
            new BenchResult("publish", options.ProviderName, profile.Scale, $"publish a survey to all {profile.Staff:N0} staff (POST, median)", published.Median.TotalMilliseconds, "ms",
                "its confirmation page, counting the same staff (GET, median)", confirmed.Median.TotalMilliseconds).Record(options);
            new BenchResult("publish", options.ProviderName, profile.Scale, $"invitations and mails for all {profile.Staff:N0} staff made by the background job (from the POST, median)",
                Timing.Of(invitings).Median.TotalMilliseconds, "ms", "the publish POST itself (median)", published.Median.TotalMilliseconds).Record(options);
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

    /// <summary>A draft copy of the generated survey (same items, every school), as the new survey page would make it.</summary>
    private static async Task<Guid> DraftAsync(IServiceProvider services, Guid districtId, Guid generated, int run)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var source = await db.Surveys.AsNoTracking().Include(s => s.Items).Include(s => s.Schools).SingleAsync(s => s.Id == generated);
        var draft = BenchSurvey.Copy(source, string.Create(CultureInfo.InvariantCulture, $"Publish benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} #{run + 1}"),
            SurveyStatus.Draft, "bench");
        db.Surveys.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    }

    /// <summary>
    /// Waits until the inviting job has finished the survey's mailing, then counts its invitations and the
    /// mails queued in the outbox through the mailing.
    /// </summary>
    private static async Task<(int Invited, int Queued)> InvitedAsync(BenchOptions options, string connection, Guid districtId, Guid surveyId, CancellationToken cancellationToken)
    {
        await using var app = await BenchHost.StartAsync(options, connection);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            var mailing = await db.SurveyMailings.AsNoTracking().SingleAsync(m => m.SurveyId == surveyId, cancellationToken);
            if (!mailing.Inviting)
            {
                var invited = await db.SurveyInvitations.CountAsync(i => i.SurveyId == surveyId, cancellationToken);
                return (invited, await db.OutboxMails.CountAsync(m => m.BatchId == mailing.Id && m.Status == OutboxStatus.Queued, cancellationToken));
            }
            if (deadline.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new InvalidOperationException($"The inviting job has not finished survey {surveyId} after ten minutes ({mailing.Invited:N0} invited).");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static async Task<(TimeSpan Time, string Body)> TimedAsync(Func<Task<HttpResponseMessage>> request, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var watch = Stopwatch.StartNew();
        using var response = await request();
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = watch.Elapsed;
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)expected}.");
        }
        return (elapsed, body);
    }

    private static string Token(string page) => TokenPattern().Match(page) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("The publish page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("Publish and mail ([0-9,]+) people")]
    private static partial Regex MailedPattern();
}
