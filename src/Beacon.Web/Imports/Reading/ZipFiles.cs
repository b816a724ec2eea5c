using System.IO.Compression;

namespace Beacon.Web.Imports.Reading;

/// <summary>One file of an upload: its name and its bytes.</summary>
public sealed record NamedFile(string Name, byte[] Content);

/// <summary>Zips in and out: a OneRoster set arrives as a zip, and separate files are kept as one.</summary>
public static class ZipFiles
{
    private static ReadOnlySpan<byte> LocalHeader => "PK\u0003\u0004"u8;
    private static ReadOnlySpan<byte> EmptyArchive => "PK\u0005\u0006"u8;

    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith(LocalHeader) || bytes.StartsWith(EmptyArchive);

    /// <summary>Whether the zip is an Excel workbook rather than a folder of files.</summary>
    public static bool IsWorkbook(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return archive.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>
    /// The files of a zip (folders flattened, names lower-cased), each at most
    /// <paramref name="maxEntryBytes"/> unpacked so a small zip cannot unpack into gigabytes.
    /// </summary>
    public static IReadOnlyList<NamedFile>? Unpack(byte[] bytes, long maxEntryBytes, List<ImportProblem> problems)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var files = new List<NamedFile>();
            foreach (var entry in archive.Entries)
            {
                var name = Path.GetFileName(entry.FullName).ToLowerInvariant();
                if (name.Length == 0 || name.StartsWith('.') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
                {
                    continue;
                }
                using var source = entry.Open();
                using var target = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = source.Read(buffer)) > 0)
                {
                    if (target.Length + read > maxEntryBytes)
                    {
                        problems.Add(new ImportProblem(ImportProblem.WholeFile, "",
                            $"{name} is larger than {ImportLimits.Describe(maxEntryBytes)} once unpacked, more than Beacon takes. Split the export into smaller files.")
                        { File = name });
                        return null;
                    }
                    target.Write(buffer, 0, read);
                }
                files.Add(new NamedFile(name, target.ToArray()));
            }
            return files;
        }
        catch (InvalidDataException)
        {
            problems.Add(new ImportProblem(ImportProblem.WholeFile, "",
                "The zip file is damaged or incomplete (it may have been cut off while downloading or uploading). Create the zip again from the CSV files and upload it."));
            return null;
        }
    }

    public static byte[] Pack(IEnumerable<NamedFile> files)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                using var target = archive.CreateEntry(file.Name, CompressionLevel.Fastest).Open();
                target.Write(file.Content);
            }
        }
        return stream.ToArray();
    }
}
