using System.Data;
using System.Globalization;
using Beacon.Web.Exports;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Imports.Kinds;
using MiniExcelLibs;

namespace Beacon.Web.Imports;

/// <summary>The blank templates a district fills in: a header row, as CSV (UTF-8 with BOM, so Excel reads accents) or XLSX.</summary>
public static class ImportTemplates
{
    /// <summary>The columns of a template; the metrics template adds the district's own measure codes.</summary>
    public static IReadOnlyList<string> Columns(ImportKind kind, IEnumerable<string> measureCodes) => kind switch
    {
        ImportKind.Schools => SchoolRows.Columns,
        ImportKind.Staff => StaffRows.Columns,
        ImportKind.Positions => PositionRows.Columns,
        ImportKind.Metrics => [.. MetricRows.FixedColumns, Measure.EnrollmentCode, Measure.PovertyCode,
            .. measureCodes.Where(c => c is not (Measure.EnrollmentCode or Measure.PovertyCode)).Order(StringComparer.Ordinal)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "OneRoster files come from the student-information system, not a template."),
    };

    public static byte[] Csv(IReadOnlyList<string> columns) =>
        TableExport.ToCsv(Array.Empty<object>(), columns.Select(c => new ExportColumn<object>(c, _ => null)).ToList());

    public static byte[] Xlsx(IReadOnlyList<string> columns)
    {
        using var table = new DataTable("Import");
        foreach (var column in columns)
        {
            table.Columns.Add(column, typeof(string));
        }
        using var stream = new MemoryStream();
        stream.SaveAs(table, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static string FileName(ImportKind kind, string extension) => $"beacon-{kind.ToString().ToLowerInvariant()}-template{extension}";
}
