using System.Net;
using System.Text.RegularExpressions;
using Beacon.Web.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Beacon.Tests.Infrastructure;

/// <summary>
/// Reads the mails the app sent, as a person reads their inbox. Mail waits in the outbox until the
/// send job runs; the test factory runs no jobs, so reading the inbox first sends what is due (as
/// the job would) into the test pickup folder.
/// </summary>
public static partial class Mailbox
{
    public static async Task<IReadOnlyList<MimeMessage>> ToAsync(BeaconFactory factory, string address)
    {
        await DeliverAsync(factory);
        if (!Directory.Exists(factory.MailFolder))
        {
            return [];
        }
        return Directory.GetFiles(factory.MailFolder, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The path and query of the last link to <paramref name="page"/> mailed to <paramref name="address"/>.</summary>
    public static async Task<string> LastLinkAsync(BeaconFactory factory, string address, string page)
    {
        var mails = await ToAsync(factory, address);
        Assert.True(mails.Count > 0, $"No mail to {address} in {factory.MailFolder}");
        var links = Links(mails[^1].HtmlBody ?? "").Where(l => l.AbsolutePath == page).ToList();
        Assert.True(links.Count == 1, $"Expected one link to {page} in the last mail to {address}, found {links.Count}");
        return links[0].PathAndQuery;
    }

    /// <summary>Sends the outbox's due mail now, as the send job does.</summary>
    public static async Task<int> DeliverAsync(BeaconFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken: TestContext.Current.CancellationToken);
    }

    public static IEnumerable<Uri> Links(string html) =>
        HrefPattern().Matches(html).Select(m => new Uri(WebUtility.HtmlDecode(m.Groups[1].Value), UriKind.Absolute));

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
