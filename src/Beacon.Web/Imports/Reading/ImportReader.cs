namespace Beacon.Web.Imports.Reading;

/// <summary>What a stored upload reads into: one table (schools, staff, metrics) or the files of a OneRoster set.</summary>
public sealed class ImportInput
{
    public ImportTable? Table { get; init; }
    public IReadOnlyDictionary<string, ImportTable> Files { get; init; } = new Dictionary<string, ImportTable>();
    public List<ImportProblem> Problems { get; } = [];
}

/// <summary>Turns stored bytes into tables, recognising CSV, Excel workbooks and zips by their content.</summary>
public static class ImportReader
{
    /// <summary>The OneRoster files Beacon reads; the others in a set (classes, enrollments…) are about students and skipped.</summary>
    public static readonly IReadOnlyList<string> OneRosterFiles = ["manifest.csv", "orgs.csv", "users.csv", "roles.csv"];

    /// <summary>Reads a stored upload; <paramref name="maxFileBytes"/> is <c>Beacon:Imports:MaxFileBytes</c>, from which the archive limits follow.</summary>
    public static ImportInput Read(ImportKind kind, string fileName, byte[] content, long maxFileBytes)
    {
        if (content.Length == 0)
        {
            var empty = new ImportInput();
            empty.Problems.Add(new ImportProblem(1, "", "The file is empty (0 bytes). Check that you chose the right file, or export it again, and upload it."));
            return empty;
        }
        var input = kind == ImportKind.OneRoster ? ReadOneRoster(fileName, content, maxFileBytes) : ReadSingle(fileName, content, maxFileBytes);
        foreach (var (name, table) in input.Table is { } single ? [(null, single)] : input.Files.Select(f => ((string?)f.Key, f.Value)))
        {
            input.Problems.AddRange(PlainTextProblems(table).Select(p => p with { File = name }));
        }
        return input;
    }

    /// <summary>Cells hold the same plain text as form fields do (<see cref="Ui.PlainText"/>): one problem per cell that does not.</summary>
    private static IEnumerable<ImportProblem> PlainTextProblems(ImportTable table) =>
        table.Rows.SelectMany(row => row.Cells
            .Select((cell, i) => (cell, i))
            .Where(c => Ui.PlainText.ForbiddenAt(c.cell) is not null)
            .Select(c => new ImportProblem(row.Line, c.i < table.Headers.Count ? table.Headers[c.i] : "", Ui.PlainText.Refusal)));

    private static ImportInput ReadSingle(string fileName, byte[] content, long maxFileBytes)
    {
        var problems = new List<ImportProblem>();
        ImportTable? table;
        if (ZipFiles.LooksLikeZip(content))
        {
            // The workbook reader trusts the sizes a zip declares; the limits are checked on the real bytes first.
            if (ZipFiles.CheckLimits(fileName, content, ImportLimits.Archive(maxFileBytes)) is { } tooLarge)
            {
                problems.Add(tooLarge);
            }
            table = problems.Count == 0 && ZipFiles.IsWorkbook(content) ? XlsxTableReader.Read(fileName, content, problems) : null;
            if (table is null && problems.Count == 0)
            {
                problems.Add(new ImportProblem(ImportProblem.WholeFile, "",
                    "This is a zip file, which Beacon takes only for OneRoster. Upload the CSV or Excel (.xlsx) file itself."));
            }
        }
        else
        {
            table = CsvTableReader.Read(fileName, content, problems);
        }
        var input = new ImportInput { Table = table };
        input.Problems.AddRange(problems);
        return input;
    }

    private static ImportInput ReadOneRoster(string fileName, byte[] content, long maxFileBytes)
    {
        var problems = new List<ImportProblem>();
        IReadOnlyList<NamedFile>? files = ZipFiles.LooksLikeZip(content)
            ? ZipFiles.Unpack(content, maxFileBytes, problems)
            : [new NamedFile(Path.GetFileName(fileName).ToLowerInvariant(), content)];
        var tables = new Dictionary<string, ImportTable>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files ?? [])
        {
            if (!OneRosterFiles.Contains(file.Name))
            {
                continue;
            }
            var own = new List<ImportProblem>();
            if (CsvTableReader.Read(file.Name, file.Content, own) is { } table)
            {
                tables[file.Name] = table;
            }
            problems.AddRange(own.Select(p => p with { File = file.Name }));
        }
        var input = new ImportInput { Files = tables };
        input.Problems.AddRange(problems);
        return input;
    }
}
