namespace Beacon.Web.Ui;

/// <summary>Page arithmetic shared by every list: which page to show, how many rows to skip, which page links to offer.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;

    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>A requested page within 1..last; a page past the end (the list shrank) shows the last one.</summary>
    public static int Clamp(int? requested, int total, int pageSize) =>
        Math.Clamp(requested ?? 1, 1, PageCount(total, pageSize));

    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;

    /// <summary>
    /// The page numbers to link: the first, the last, and <paramref name="radius"/> either side of
    /// the current one; null marks a gap. With 36 pages on page 10: 1 … 8 9 10 11 12 … 36.
    /// </summary>
    public static IReadOnlyList<int?> Window(int current, int pageCount, int radius = 2)
    {
        var numbers = new SortedSet<int> { 1, pageCount };
        for (var n = current - radius; n <= current + radius; n++)
        {
            if (n >= 1 && n <= pageCount)
            {
                numbers.Add(n);
            }
        }
        var window = new List<int?>();
        var previous = 0;
        foreach (var n in numbers)
        {
            if (n - previous == 2)
            {
                window.Add(previous + 1);
            }
            else if (n - previous > 2)
            {
                window.Add(null);
            }
            window.Add(n);
            previous = n;
        }
        return window;
    }
}
