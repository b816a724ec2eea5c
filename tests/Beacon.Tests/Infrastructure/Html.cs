using System.Net;
using System.Text.RegularExpressions;

namespace Beacon.Tests.Infrastructure;

/// <summary>Small readers of rendered pages, for what a person would see on them.</summary>
public static partial class Html
{
    /// <summary>The text of the validation message rendered next to <paramref name="field"/> (empty when none).</summary>
    public static string FieldError(string page, string field)
    {
        var match = Regex.Match(page, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No validation message element for {field} on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    /// <summary>The text inside the element carrying data-testid=<paramref name="testId"/>.</summary>
    public static string TestId(string page, string testId)
    {
        var match = Regex.Match(page, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>(.*?)</", RegexOptions.Singleline);
        Assert.True(match.Success, $"No element with data-testid {testId} on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    public static string Text(string page) => WebUtility.HtmlDecode(TagPattern().Replace(page, " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
