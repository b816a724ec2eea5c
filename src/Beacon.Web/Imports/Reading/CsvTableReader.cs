using System.Globalization;
using CsvHelper;

namespace Beacon.Web.Imports.Reading;

/// <summary>
/// Reads a CSV file (RFC 4180: commas, double quotes, line breaks inside quotes, an optional BOM)
/// into an <see cref="ImportTable"/>, adding a problem for every line it cannot read cleanly.
/// </summary>
public static class CsvTableReader
{
    public static ImportTable? Read(string fileName, byte[] bytes, List<ImportProblem> problems)
    {
        if (IsBlank(bytes))
        {
            problems.Add(new ImportProblem(1, "", "The file is empty. Download the template, fill in at least one row under the header, and upload it again."));
            return null;
        }
        if (TextCheck.FindEncodingProblem(bytes) is { } encoding)
        {
            problems.Add(encoding);
            return null;
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
            OnMalformedRecord = record => problems.Add(new ImportProblem((int)record.LineNumber, "", Explain(record.Reason))),
        };
        using var reader = CsvReader.Create(bytes, options);
        var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        if (headers is [var only] && only.Contains(';'))
        {
            problems.Add(new ImportProblem(1, "", "The values are separated by semicolons. Beacon reads commas: save the file as \"CSV UTF-8 (comma delimited)\" and upload it again."));
            return null;
        }
        foreach (var duplicate in headers.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new ImportProblem(1, duplicate.Key, "This column appears more than once in the header. Keep one of them and delete the others."));
        }

        var rows = new List<ImportRow>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i) ?? "";
            }
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (cells.Length > headers.Length && cells.Skip(headers.Length).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                problems.Add(new ImportProblem(line, "",
                    $"This line has {cells.Length} values but the header names {headers.Length} columns. A value that contains a comma must be put in double quotes."));
            }
            rows.Add(new ImportRow(line, cells));
        }
        return new ImportTable(fileName, headers, rows);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)','))
            {
                return false;
            }
        }
        return true;
    }

    private static string Explain(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote =>
            "A value contains a double quote but does not start with one. Put the whole value in double quotes and write the quote inside it twice (\"\").",
        CsvMalformedReason.TextAfterClosingQuote =>
            "A quoted value has text after its closing quote. Put the whole value in double quotes and write any quote inside it twice (\"\").",
        CsvMalformedReason.UnterminatedQuote =>
            "A value opens a double quote that is never closed, so the rest of the file would be read as one value. Add the closing quote.",
        CsvMalformedReason.FieldCountMismatch =>
            "This line has a different number of values than the header. A value that contains a comma must be put in double quotes.",
        _ => "This line is not valid CSV. Open the file in a spreadsheet and save it again as \"CSV UTF-8 (comma delimited)\".",
    };
}
