namespace Beacon.Web.Imports.Reading;

/// <summary>A file read into a header and rows, each row with the line of the file it starts on.</summary>
public sealed class ImportTable(string fileName, IReadOnlyList<string> headers, IReadOnlyList<ImportRow> rows)
{
    private readonly Dictionary<string, int> _index = headers
        .Select((name, i) => (name, i))
        .Where(h => h.name.Length > 0)
        .GroupBy(h => h.name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);

    public string FileName { get; } = fileName;

    /// <summary>The header names, trimmed, in file order; an empty name is a column without a header.</summary>
    public IReadOnlyList<string> Headers { get; } = headers;

    public IReadOnlyList<ImportRow> Rows { get; } = rows;

    /// <summary>The column with this header (ignoring case), or an absent column.</summary>
    public ImportColumn Column(string name) =>
        _index.TryGetValue(name, out var i) ? new ImportColumn(Headers[i], i) : new ImportColumn(name, null);
}

/// <summary>A column of an <see cref="ImportTable"/>; <see cref="Index"/> is null when the file has no such column.</summary>
public readonly record struct ImportColumn(string Name, int? Index)
{
    public bool Present => Index is not null;
}

/// <summary>One record of a file: the line it starts on (the header is line 1) and its cells, untrimmed.</summary>
public sealed record ImportRow(int Line, string[] Cells)
{
    /// <summary>The trimmed value of <paramref name="column"/>; empty when the column is absent or the row is short.</summary>
    public string this[ImportColumn column] =>
        column.Index is { } i && i < Cells.Length ? Cells[i].Trim() : "";
}
