using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Mail;

namespace Beacon.Tests.Features.Admin;

/// <summary>The outbox health page: counts, the oldest wait and failing mails' errors, per district, never a body.</summary>
[Trait("Category", "Database")]
public class MailTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Mail_DistrictAdministrator_SeesOwnDistrictsCountsAndErrorsButNoBodies()
    {
        var riverside = await factory.CreateDistrictAsync();
        var hillcrest = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(riverside, Roles.DistrictAdministrator);
        var now = DateTimeOffset.UtcNow;
        await AddAsync(riverside.Id, OutboxStatus.Queued, now.AddHours(-3), attempts: 0);
        await AddAsync(riverside.Id, OutboxStatus.Queued, now.AddMinutes(-5), attempts: 2, error: "SocketException: Connection refused");
        await AddAsync(riverside.Id, OutboxStatus.Sent, now.AddDays(-1), attempts: 1);
        await AddAsync(riverside.Id, OutboxStatus.Failed, now.AddDays(-2), attempts: 10, error: "SmtpCommandException: Mailbox unavailable");
        await AddAsync(hillcrest.Id, OutboxStatus.Failed, now.AddDays(-9), attempts: 10, error: "Hillcrest's own trouble");
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var page = await client.GetPageAsync("/Admin/Mail");
        var home = await client.GetPageAsync("/");

        Assert.Contains("<dd id=\"mail-queued\">2</dd>", page);
        Assert.Contains("<dd id=\"mail-retrying\">1</dd>", page);
        Assert.Contains("<dd id=\"mail-sent\">1</dd>", page);
        Assert.Contains("<dd id=\"mail-failed\">1</dd>", page);
        Assert.Contains("queued 3 hours ago", page);
        Assert.Contains("SocketException: Connection refused", page);
        Assert.Contains("SmtpCommandException: Mailbox unavailable", page);
        Assert.Contains("Given up", page);
        Assert.DoesNotContain("Hillcrest&#x27;s own trouble", page);
        Assert.DoesNotContain("secret-reset-link", page);
        Assert.Contains("href=\"/Admin/Mail\"", home);
    }

    [Fact]
    public async Task Mail_Teacher_ForbiddenAndNotInTheNavigation()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var home = await client.GetPageAsync("/");

        await AccessAssert.ForbiddenAsync(client, "/Admin/Mail");
        Assert.DoesNotContain("href=\"/Admin/Mail\"", home);
    }

    [Fact]
    public async Task Mail_SystemAdministrator_SeesEveryDistrictsFailures()
    {
        var district = await factory.CreateDistrictAsync();
        var marker = $"Relay denied {Guid.NewGuid():N}";
        await AddAsync(district.Id, OutboxStatus.Failed, DateTimeOffset.UtcNow.AddHours(-1), attempts: 10, error: marker);
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, sysadmin);

        var page = await client.GetPageAsync("/Admin/Mail");

        Assert.Contains("These figures cover every district.", page);
        Assert.Contains(marker, page);
    }

    private Task AddAsync(Guid districtId, OutboxStatus status, DateTimeOffset queuedAt, int attempts, string? error = null) =>
        factory.InScopeAsync(null, async (_, db) =>
        {
            db.OutboxMails.Add(new OutboxMail
            {
                Id = Guid.CreateVersion7(),
                DistrictId = districtId,
                ToAddress = $"person.{Guid.NewGuid():N}@test.example",
                ToName = "Someone",
                Subject = "Reset your Beacon password",
                HtmlBody = status == OutboxStatus.Sent ? null : "<a href=\"https://beacon.example/secret-reset-link\">reset</a>",
                Status = status,
                QueuedAt = queuedAt,
                NextAttemptAt = status == OutboxStatus.Queued ? DateTimeOffset.UtcNow.AddHours(1) : queuedAt,
                Attempts = attempts,
                LastAttemptAt = attempts > 0 ? queuedAt.AddMinutes(1) : null,
                LastError = error,
                SentAt = status == OutboxStatus.Sent ? queuedAt.AddMinutes(1) : null,
            });
            await db.SaveChangesAsync();
        });
}
