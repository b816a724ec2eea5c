using System.Data;
using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>One column of an export: its header and how to read its value from a row.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>A finished export, ready to send as a download.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// Writes the self-assessment views as CSV or XLSX. Stands in for the shared export plumbing
/// (src/Beacon.Web/Exports), which had not reached main when these views were built; it has the
/// same shape (columns, rows, format, name), so the pages switch over by changing one using.
/// Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers;
/// CSV is UTF-8 with a byte-order mark and invariant-culture numbers and dates.
/// </summary>
public static class SelfAssessmentExport
{
    private static readonly CsvWriterOptions CsvOptions = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Injection = CsvInjection.None,
    };

    /// <summary>Reads the <c>format</c> of an export link: "csv" or "xlsx".</summary>
    public static bool TryParse(string? format, out bool xlsx)
    {
        xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        return xlsx || string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
    }

    public static ExportFile Create<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, bool xlsx, string name) => xlsx
        ? new(ToXlsx(rows, columns), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx")
        : new(ToCsv(rows, columns), "text/csv; charset=utf-8", $"{name}.csv");

    public static object? Cell(object? value) => value switch
    {
        null => null,
        int or long or decimal => value,
        double d => double.IsFinite(d) ? d : null,
        bool b => b ? "Yes" : "No",
        DateTimeOffset moment => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>A leading apostrophe on text a spreadsheet would read as a formula.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static byte[] ToCsv<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            foreach (var column in columns)
            {
                csv.WriteField(Neutralise(column.Header));
            }
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(Cell(column.Value(row)));
                }
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    private static byte[] ToXlsx<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        // A DataTable keeps the header row even when there are no rows.
        using var table = new DataTable("Export");
        foreach (var column in columns)
        {
            table.Columns.Add(Neutralise(column.Header), typeof(object));
        }
        foreach (var row in rows)
        {
            table.Rows.Add(columns.Select(c => Cell(c.Value(row)) ?? DBNull.Value).ToArray());
        }
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "Export", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
