using System.Net;
using System.Text.RegularExpressions;

namespace Beacon.Tests.Infrastructure;

/// <summary>Small readers of server-rendered pages, so assertions are about the text a person sees.</summary>
public static partial class PageText
{
    /// <summary>The page's text with tags removed, entities decoded and whitespace collapsed.</summary>
    public static string Of(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    /// <summary>The text of the first cell of each body row of the page's first table whose tbody follows <paramref name="after"/>.</summary>
    public static IReadOnlyList<string> FirstColumn(string html, string after = "")
    {
        var start = after.Length == 0 ? 0 : html.IndexOf(after, StringComparison.Ordinal);
        var body = Body().Match(html, Math.Max(start, 0));
        return Rows().Matches(body.Value)
            .Select(row => Of(FirstCell().Match(row.Value).Groups[1].Value).Trim())
            .ToList();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Rows();

    [GeneratedRegex("<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex FirstCell();
}
