using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Beacon.Tests.Infrastructure;

/// <summary>Reads the mails the app wrote to the test pickup folder, as a person reads their inbox.</summary>
public static partial class Mailbox
{
    public static IReadOnlyList<MimeMessage> To(BeaconFactory factory, string address)
    {
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
    public static string LastLink(BeaconFactory factory, string address, string page)
    {
        var mails = To(factory, address);
        Assert.True(mails.Count > 0, $"No mail to {address} in {factory.MailFolder}");
        var links = Links(mails[^1].HtmlBody ?? "").Where(l => l.AbsolutePath == page).ToList();
        Assert.True(links.Count == 1, $"Expected one link to {page} in the last mail to {address}, found {links.Count}");
        return links[0].PathAndQuery;
    }

    public static IEnumerable<Uri> Links(string html) =>
        HrefPattern().Matches(html).Select(m => new Uri(WebUtility.HtmlDecode(m.Groups[1].Value), UriKind.Absolute));

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
