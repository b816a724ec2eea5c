using Microsoft.AspNetCore.WebUtilities;

namespace Beacon.Web.Ui;

/// <summary>
/// Links back to the same list with one thing changed — another page, another sort, an export —
/// keeping its filters, so what is exported is what is on screen. Defaults are left out of the
/// query string to keep links short.
/// </summary>
public sealed class ListLinks(string path, IEnumerable<KeyValuePair<string, string?>> filters, SortOrder sort, SortOrder defaultSort)
{
    private readonly List<KeyValuePair<string, string?>> _filters =
        filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();

    public SortOrder Sort { get; } = sort;

    public string ForPage(int page) => Build(Sort, page);

    /// <summary>A column header's link: toggles that column's direction and starts again at page 1.</summary>
    public string ForSort(string key) => Build(Sort.Toggle(key), 1);

    public string ForExport(string format) => Build(Sort, 1, ("handler", "Export"), ("format", format));

    private string Build(SortOrder sort, int page, params (string Key, string Value)[] extra)
    {
        var query = new List<KeyValuePair<string, string?>>(_filters);
        if (sort != defaultSort)
        {
            query.Add(new("sort", sort.ToString()));
        }
        if (page > 1)
        {
            query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        query.AddRange(extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)));
        return QueryHelpers.AddQueryString(path, query);
    }
}
