namespace Beacon.Web.Ui;

/// <summary>A list's sort as it travels in the query string: "name" ascending, "-name" descending.</summary>
public readonly record struct SortOrder(string Key, bool Descending)
{
    /// <summary>Reads <paramref name="value"/>; anything not in <paramref name="keys"/> falls back, so a crafted link cannot sort by an arbitrary column.</summary>
    public static SortOrder Parse(string? value, IReadOnlyCollection<string> keys, SortOrder fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        var descending = value.StartsWith('-');
        var key = descending ? value[1..] : value;
        var known = keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        return known is null ? fallback : new SortOrder(known, descending);
    }

    /// <summary>The sort a column header links to: the other direction if it is the current column, else ascending.</summary>
    public SortOrder Toggle(string key) =>
        string.Equals(key, Key, StringComparison.OrdinalIgnoreCase) ? this with { Descending = !Descending } : new SortOrder(key, false);

    /// <summary>The th's aria-sort value: only the column the list is sorted by carries one.</summary>
    public string? AriaSort(string key) =>
        string.Equals(key, Key, StringComparison.OrdinalIgnoreCase) ? (Descending ? "descending" : "ascending") : null;

    public override string ToString() => Descending ? "-" + Key : Key;
}
