using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Ui;

public static class PagingQueries
{
    /// <summary>
    /// Counts in the database (unless the caller already knows <paramref name="knownTotal"/>, e.g. a count kept
    /// until the rows change), then fetches only the requested page: never loads rows to count them.
    /// </summary>
    public static async Task<PageOf<T>> ToPageAsync<T>(
        this IQueryable<T> query, int? requestedPage, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default, int? knownTotal = null)
    {
        var total = knownTotal ?? await query.CountAsync(cancellationToken);
        var number = Paging.Clamp(requestedPage, total, pageSize);
        var items = total == 0
            ? []
            : await query.Skip(Paging.Skip(number, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return new PageOf<T>(items, number, pageSize, total);
    }

    /// <summary>A page of rows that had to be computed whole (e.g. ranked against each other) before they could be paged.</summary>
    public static PageOf<T> ToPage<T>(this IReadOnlyList<T> rows, int? requestedPage, int pageSize = Paging.DefaultPageSize)
    {
        var number = Paging.Clamp(requestedPage, rows.Count, pageSize);
        return new PageOf<T>(rows.Skip(Paging.Skip(number, pageSize)).Take(pageSize).ToList(), number, pageSize, rows.Count);
    }
}
