using System.Text.RegularExpressions;

namespace Beacon.Tests.Infrastructure.Crawl;

/// <summary>
/// What a crawl visits once: a same-site address with its record ids, numbers and dates replaced
/// by placeholders, so <c>/Schools/Details/{guid}</c> is one page however many schools there are.
/// Shared by the HTTP crawl and the Chromium crawl (linked into the browser tests).
/// </summary>
public static partial class RouteShape
{
    /// <summary>The shape of <paramref name="pathAndQuery"/>: path segments and query values normalised, query keys sorted.</summary>
    public static string Of(string pathAndQuery)
    {
        var hash = pathAndQuery.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            pathAndQuery = pathAndQuery[..hash];
        }
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? pathAndQuery[..question] : pathAndQuery;
        var query = question >= 0 ? pathAndQuery[(question + 1)..] : "";
        var shapedPath = string.Join('/', path.Split('/').Select(Normalise)).ToLowerInvariant();
        if (shapedPath.Length > 1)
        {
            shapedPath = shapedPath.TrimEnd('/');
        }
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => $"{Uri.UnescapeDataString(kv[0]).ToLowerInvariant()}={Normalise(kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : "")}")
            .Distinct()
            .Order(StringComparer.Ordinal);
        var shapedQuery = string.Join('&', pairs);
        return shapedQuery.Length == 0 ? shapedPath : $"{shapedPath}?{shapedQuery}";
    }

    private static string Normalise(string part) =>
        Guid.TryParse(part, out _) ? "{guid}"
        : IntPattern().IsMatch(part) ? "{int}"
        : DatePattern().IsMatch(part) ? "{date}"
        : part;

    [GeneratedRegex("^-?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]+)?$")]
    private static partial Regex DatePattern();
}
