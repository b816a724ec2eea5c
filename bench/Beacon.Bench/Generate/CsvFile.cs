using System.Globalization;
using CsvHelper;

namespace Beacon.Bench.Generate;

/// <summary>A CSV file in memory, written the way a district's spreadsheet would save it (UTF-8, header row, RFC 4180 quoting).</summary>
public static class CsvFile
{
    public static byte[] Build(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            foreach (var column in columns)
            {
                writer.WriteField(column);
            }
            writer.EndRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    writer.WriteField(cell);
                }
                writer.EndRecord();
            }
        }
        return stream.ToArray();
    }
}
