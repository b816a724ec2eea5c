using System.Linq.Expressions;

namespace Beacon.Web.Ui;

/// <summary>
/// The columns a list may be sorted by, each a key expression the database can order on. Every
/// sort ends with a tie-breaker so that paging is stable: rows with equal names never swap pages.
/// </summary>
public sealed class Sorting<T>
{
    private readonly Dictionary<string, List<Step>> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Step> _tieBreak = [];
    private string? _lastKey;

    public Sorting(SortOrder defaultOrder) => Default = defaultOrder;

    public SortOrder Default { get; }

    public IReadOnlyCollection<string> Keys => _columns.Keys;

    public Sorting<T> Add<TKey>(string key, Expression<Func<T, TKey>> by)
    {
        _columns[key] = [StepFor(by)];
        _lastKey = key;
        return this;
    }

    /// <summary>A further key for the column added last (family name, then given name).</summary>
    public Sorting<T> ThenBy<TKey>(Expression<Func<T, TKey>> by)
    {
        _columns[_lastKey ?? throw new InvalidOperationException("Add a column before ThenBy.")].Add(StepFor(by));
        return this;
    }

    public Sorting<T> TieBreak<TKey>(Expression<Func<T, TKey>> by)
    {
        _tieBreak.Add(StepFor(by));
        return this;
    }

    public SortOrder Parse(string? value) => SortOrder.Parse(value, Keys, Default);

    public IOrderedQueryable<T> Apply(IQueryable<T> query, SortOrder order)
    {
        var steps = _columns.TryGetValue(order.Key, out var column) ? column : _columns[Default.Key];
        var descending = order.Descending;
        var ordered = steps[0].First(query, descending);
        foreach (var step in steps.Skip(1).Concat(_tieBreak))
        {
            ordered = step.Then(ordered, descending);
        }
        return ordered;
    }

    private static Step StepFor<TKey>(Expression<Func<T, TKey>> by) => new(
        (q, descending) => descending ? q.OrderByDescending(by) : q.OrderBy(by),
        (q, descending) => descending ? q.ThenByDescending(by) : q.ThenBy(by));

    private sealed record Step(
        Func<IQueryable<T>, bool, IOrderedQueryable<T>> First,
        Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> Then);
}
