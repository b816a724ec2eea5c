using Beacon.Web.Data;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports;

/// <summary>
/// A file as it arrives, before it is stored: checked for the type the import takes. Separate
/// OneRoster files are packed into one zip so that a stored run always holds one file.
/// </summary>
public sealed record ImportUpload(string FileName, byte[] Content)
{
    public const string CsvType = "text/csv";
    public const string ZipType = "application/zip";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The file extensions each kind takes.</summary>
    public static IReadOnlyList<string> Extensions(ImportKind kind) =>
        kind == ImportKind.OneRoster ? [".zip", ".csv"] : [".csv", ".xlsx"];

    /// <summary>
    /// Builds the upload from the files a person chose, or says why they cannot be imported. An
    /// archive over the limits of <paramref name="maxFileBytes"/> is refused here, before it is stored.
    /// </summary>
    public static (ImportUpload? Upload, ImportProblem? Problem) From(ImportKind kind, IReadOnlyList<NamedFile> files, long maxFileBytes)
    {
        if (files.Count == 0)
        {
            return (null, new ImportProblem(ImportProblem.WholeFile, "", "Choose a file to import."));
        }
        foreach (var file in files)
        {
            if (CheckType(kind, file.Name, file.Content) is { } problem)
            {
                return (null, problem);
            }
            if (ZipFiles.LooksLikeZip(file.Content)
                && ZipFiles.CheckLimits(Path.GetFileName(file.Name), file.Content, ImportLimits.Archive(maxFileBytes)) is { } tooLarge)
            {
                return (null, tooLarge);
            }
        }
        if (files.Count == 1)
        {
            return (new ImportUpload(Path.GetFileName(files[0].Name), files[0].Content), null);
        }
        if (kind != ImportKind.OneRoster || files.Any(f => !f.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, new ImportProblem(ImportProblem.WholeFile, "",
                kind == ImportKind.OneRoster
                    ? "Choose either one zip file or the separate OneRoster CSV files, not both."
                    : "Choose one file: this import takes a single CSV or Excel (.xlsx) file."));
        }
        var named = files.Select(f => new NamedFile(Path.GetFileName(f.Name).ToLowerInvariant(), f.Content)).ToList();
        var name = string.Join(", ", named.Select(f => f.Name));
        return (new ImportUpload(Limits.Fit(name, Limits.ImportFileName), ZipFiles.Pack(named)), null);
    }

    /// <summary>Refuses a file whose name or content is not a type this import takes.</summary>
    public static ImportProblem? CheckType(ImportKind kind, string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var allowed = Extensions(kind);
        if (!allowed.Contains(extension))
        {
            return new ImportProblem(ImportProblem.WholeFile, "",
                $"'{Path.GetFileName(fileName)}' is not a file this import takes. Upload a {string.Join(" or ", allowed)} file.");
        }
        var isZip = ZipFiles.LooksLikeZip(content);
        return extension switch
        {
            ".csv" when isZip => new ImportProblem(ImportProblem.WholeFile, "",
                $"'{Path.GetFileName(fileName)}' is named .csv but is a zip or Excel file. Save it as \"CSV UTF-8 (comma delimited)\", or give it its right name."),
            ".xlsx" when !isZip || !ZipFiles.IsWorkbook(content) => new ImportProblem(ImportProblem.WholeFile, "",
                $"'{Path.GetFileName(fileName)}' is named .xlsx but is not an Excel workbook. Open it in Excel and save it as \"Excel Workbook (.xlsx)\"."),
            ".zip" when !isZip && content.Length > 0 => new ImportProblem(ImportProblem.WholeFile, "",
                $"'{Path.GetFileName(fileName)}' is named .zip but is not a zip file. Zip the OneRoster CSV files again, or upload them separately."),
            _ => null,
        };
    }

    /// <summary>The file extension a request's Content-Type stands for, or null when the type is not one Beacon takes.</summary>
    public static string? ExtensionFor(string? contentType)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return null;
        }
        return media.MediaType.Value?.ToLowerInvariant() switch
        {
            CsvType => ".csv",
            ZipType or "application/x-zip-compressed" => ".zip",
            XlsxType => ".xlsx",
            _ => null,
        };
    }
}
