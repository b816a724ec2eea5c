using Beacon.Web.Exports;

namespace Beacon.Bench.Generate;

/// <summary>A CSV file in memory as Beacon's exports write it (UTF-8 with BOM, header row, RFC 4180 quoting), from rows of cells.</summary>
public static class CsvFile
{
    public static byte[] Build(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows) =>
        TableExport.ToCsv(rows, columns.Select((name, i) => new ExportColumn<IReadOnlyList<string>>(name, row => row[i])).ToList());
}
