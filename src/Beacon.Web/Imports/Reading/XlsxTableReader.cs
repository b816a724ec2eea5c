using System.Globalization;
using MiniExcelLibs;

namespace Beacon.Web.Imports.Reading;

/// <summary>Reads the first sheet of an Excel workbook (.xlsx) into an <see cref="ImportTable"/>; row 1 is the header.</summary>
public static class XlsxTableReader
{
    public static ImportTable? Read(string fileName, byte[] bytes, List<ImportProblem> problems)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            string[]? headers = null;
            var letters = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = new List<ImportRow>();
            var line = 0;
            foreach (IDictionary<string, object?> record in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                line++;
                if (headers is null)
                {
                    headers = record.Values.Select(v => Text(v).Trim()).ToArray();
                    foreach (var (letter, i) in record.Keys.Select((k, i) => (k, i)))
                    {
                        letters[letter] = i;
                    }
                    continue;
                }
                var cells = new string[headers.Length];
                Array.Fill(cells, "");
                foreach (var (letter, value) in record)
                {
                    if (letters.TryGetValue(letter, out var i))
                    {
                        cells[i] = Text(value);
                    }
                }
                if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                {
                    rows.Add(new ImportRow(line, cells));
                }
            }
            if (headers is null || headers.All(h => h.Length == 0))
            {
                problems.Add(new ImportProblem(1, "", "The first sheet of the workbook is empty. Put the template's header in row 1 and the data below it."));
                return null;
            }
            foreach (var duplicate in headers.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                problems.Add(new ImportProblem(1, duplicate.Key, "This column appears more than once in the header. Keep one of them and delete the others."));
            }
            return new ImportTable(fileName, headers, rows);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or NotSupportedException or ArgumentException)
        {
            problems.Add(new ImportProblem(ImportProblem.WholeFile, "",
                "The workbook cannot be read: it is damaged or not an Excel .xlsx file. Open it in Excel, save it again as \"Excel Workbook (.xlsx)\", and upload that."));
            return null;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
