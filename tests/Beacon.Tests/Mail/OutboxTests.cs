using System.Net;
using Beacon.Tests.Features.Account;
using Beacon.Tests.Features.Admin;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Mail;

/// <summary>
/// The outbox over a real SMTP server on a loopback port: requests never wait on or fail with the
/// mail server, mail waits while it is down and goes out when it returns, two nodes never send one
/// mail twice, and failed tries are retried after doubling waits.
/// </summary>
[Trait("Category", "Database")]
public sealed class OutboxTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);
    private readonly SmtpTestServer _smtp = new();

    [Fact]
    public async Task CreateDistrictAndResetPassword_SmtpServerDown_AnswerNormallyMailWaitsThenGoesOutWhenServerReturns()
    {
        // The real job runner sends, every second; nothing listens on the SMTP port yet.
        await using var factory = new SmtpFactory(_smtp, new Dictionary<string, string?>
        {
            ["Beacon:Jobs:Enabled"] = "true",
            ["Beacon:Jobs:IdleWait"] = "00:00:01",
            ["Beacon:Mail:Outbox:Interval"] = "00:00:01",
        });
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var admin = await BrowserlessClient.SignedInAsync(factory, sysadmin);
        using var visitor = BrowserlessClient.For(factory);
        var slug = $"storm-{Guid.NewGuid():N}"[..16];
        var adminEmail = $"storm.{Guid.NewGuid():N}"[..18] + "@test.example";

        var created = await DistrictsTests.CreateAsync(admin, "Stormy Unified", slug, adminEmail, "Jo Waiting");
        var listing = await admin.GetPageAsync("/Admin/Districts");
        var reset = await PasswordResetTests.AskForLinkAsync(visitor, teacher.Email);
        await Eventually.HoldsAsync(async () => (await MailsAsync(factory, adminEmail, teacher.Email)) is { Count: 2 } mails
            && mails.All(m => m.Attempts >= 1 && m.LastError is not null), Timeout, "the job's first, failed tries");
        var waiting = await MailsAsync(factory, adminEmail, teacher.Email);
        _smtp.Start();
        await Eventually.HoldsAsync(() => Task.FromResult(_smtp.To(adminEmail).Count > 0 && _smtp.To(teacher.Email).Count > 0),
            Timeout, "both mails to arrive once the server is back");
        await Eventually.HoldsAsync(async () => (await MailsAsync(factory, adminEmail, teacher.Email)).All(m => m.Status == OutboxStatus.Sent),
            Timeout, "both mails to be marked sent");
        var sent = await MailsAsync(factory, adminEmail, teacher.Email);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Stormy Unified is created", listing);
        Assert.Equal("/Account/ForgotPassword?sent=true", reset.Headers.Location!.OriginalString, ignoreCase: true);
        Assert.All(waiting, m => Assert.NotEqual(OutboxStatus.Sent, m.Status));
        Assert.All(waiting, m => Assert.Contains("Exception", m.LastError));
        Assert.Equal("You are invited to Beacon for Stormy Unified", Assert.Single(_smtp.To(adminEmail)).Subject);
        Assert.Contains("/Account/ResetPassword?", Assert.Single(_smtp.To(teacher.Email)).Data);
        Assert.All(sent, m => Assert.Null(m.HtmlBody));
    }

    [Fact]
    public async Task SendDue_TwoNodesOnOneDatabaseAtOnce_EveryMailSentExactlyOnce()
    {
        const int count = 120;
        _smtp.Start();
        var smallBatches = new Dictionary<string, string?> { ["Beacon:Mail:Outbox:BatchSize"] = "7" };
        await using var nodeA = new SmtpFactory(_smtp, smallBatches);
        await using var nodeB = new SmtpFactory(_smtp, nodeA.ConnectionString, smallBatches);
        var batch = $"{Guid.NewGuid():N}"[..8];
        await nodeA.InScopeAsync(null, (sp, _) => sp.GetRequiredService<IMailOutbox>().EnqueueManyAsync(
            Enumerable.Range(0, count).Select(i => new OutgoingMail($"person{i}.{batch}@test.example", $"Person {i}", $"Mail {i} of {batch}", "<p>Hello</p>", null))));

        // Two senders on each node, all at once, until nothing is left.
        await Eventually.HoldsAsync(async () =>
        {
            var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Mailbox.DeliverAsync(i % 2 == 0 ? nodeA : nodeB)));
            return sent.Sum() == 0 && _smtp.Received.Count >= count;
        }, Timeout, "every mail to go out");
        var rows = await nodeB.InScopeAsync(null, (_, db) => db.OutboxMails.AsNoTracking().Where(m => m.Subject.EndsWith(batch)).ToListAsync());

        var subjects = _smtp.Received.Select(m => m.Subject).ToList();
        Assert.Equal(count, subjects.Count);
        Assert.Equal(count, subjects.Distinct().Count());
        Assert.Equal(count, rows.Count);
        Assert.All(rows, m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    [Fact]
    public async Task SendDue_ServerKeepsRefusing_RetriedAfterDoublingWaitsThenGivenUp()
    {
        await using var factory = new SmtpFactory(_smtp, new Dictionary<string, string?>
        {
            ["Beacon:Mail:Outbox:MaxAttempts"] = "3",
            ["Beacon:Mail:Outbox:MaxRetry"] = "00:00:10",
        });
        var to = $"refused.{Guid.NewGuid():N}@test.example";
        await factory.InScopeAsync(null, async (sp, db) =>
        {
            sp.GetRequiredService<IMailOutbox>().Enqueue(new OutgoingMail(to, "Refused Person", "Never arrives", "<p>Hello</p>", null));
            await db.SaveChangesAsync();
        });

        var tries = new List<OutboxMail>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await Eventually.HoldsAsync(async () =>
            {
                await Mailbox.DeliverAsync(factory);
                return (await MailsAsync(factory, to)).Single().Attempts == attempt;
            }, Timeout, $"try {attempt}");
            tries.Add((await MailsAsync(factory, to)).Single());
        }
        var page = await AdminMailPageAsync(factory);

        Assert.Equal([OutboxStatus.Queued, OutboxStatus.Queued, OutboxStatus.Failed], tries.Select(t => t.Status));
        Assert.Equal(TimeSpan.FromSeconds(1), tries[0].NextAttemptAt - tries[0].LastAttemptAt!.Value);
        Assert.Equal(TimeSpan.FromSeconds(2), tries[1].NextAttemptAt - tries[1].LastAttemptAt!.Value);
        Assert.All(tries, t => Assert.False(string.IsNullOrEmpty(t.LastError)));
        Assert.Empty(_smtp.Received);
        Assert.Contains(to, page);
        Assert.Contains("Given up", page);
    }

    private static async Task<string> AdminMailPageAsync(BeaconFactory factory)
    {
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, sysadmin);
        return await client.GetPageAsync("/Admin/Mail");
    }

    private static Task<List<OutboxMail>> MailsAsync(BeaconFactory factory, params string[] to) =>
        factory.InScopeAsync(null, (_, db) => db.OutboxMails.AsNoTracking().Where(m => to.Contains(m.ToAddress)).ToListAsync());

    public void Dispose() => _smtp.Dispose();
}
