using System.Globalization;
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
    /// Inflates every entry once without keeping it, counting the bytes as they come (see
    /// <see cref="ArchiveLimits"/>); the first limit crossed is the problem. A damaged archive is
    /// not this check's business: the reader that opens it says so.
    /// </summary>
    public static ImportProblem? CheckLimits(string fileName, byte[] bytes, ArchiveLimits limits)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var total = new UnpackedTotal();
            foreach (var entry in archive.Entries)
            {
                if (Inflate(fileName, entry, bytes.Length, archive.Entries.Count, limits, total, Stream.Null) is { } problem)
                {
                    return problem;
                }
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// The files of a zip (folders flattened, names lower-cased), each at most
    /// <paramref name="maxFileBytes"/> unpacked: every one is held in memory, like an upload of its own.
    /// </summary>
    public static IReadOnlyList<NamedFile>? Unpack(byte[] bytes, long maxFileBytes, List<ImportProblem> problems)
    {
        var limits = ImportLimits.Archive(maxFileBytes) with { MaxEntryBytes = maxFileBytes };
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var files = new List<NamedFile>();
            var total = new UnpackedTotal();
            foreach (var entry in archive.Entries)
            {
                var name = Path.GetFileName(entry.FullName).ToLowerInvariant();
                if (name.Length == 0 || name.StartsWith('.') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
                {
                    continue;
                }
                using var target = new MemoryStream();
                if (Inflate(name, entry, bytes.Length, archive.Entries.Count, limits, total, target) is { } problem)
                {
                    problems.Add(problem with { File = name });
                    return null;
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

    private sealed class UnpackedTotal
    {
        public long Bytes { get; set; }
    }

    /// <summary>Copies one entry into <paramref name="target"/>, stopping at the first limit its bytes cross.</summary>
    private static ImportProblem? Inflate(
        string name, ZipArchiveEntry entry, long archiveBytes, int entries, ArchiveLimits limits, UnpackedTotal total, Stream target)
    {
        if (entries > limits.MaxEntries)
        {
            return new ImportProblem(ImportProblem.WholeFile, "", string.Create(CultureInfo.InvariantCulture,
                $"'{name}' holds {entries:N0} files, more than the {limits.MaxEntries:N0} Beacon opens in one archive. Upload the files Beacon needs, not a whole folder."));
        }
        // .NET reads no more than the entry's packed length from the archive, so that length (never
        // more than the archive itself) is a true bound on the bytes the inflated ones came from.
        var packed = Math.Max(1, Math.Min(entry.CompressedLength, archiveBytes));
        using var source = entry.Open();
        var buffer = new byte[81920];
        long unpacked = 0;
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            unpacked += read;
            total.Bytes += read;
            if (unpacked > limits.MaxEntryBytes)
            {
                return new ImportProblem(ImportProblem.WholeFile, "",
                    $"{name} is larger than {ImportLimits.Describe(limits.MaxEntryBytes)} once unpacked, more than Beacon takes. Split it into smaller files.");
            }
            if (total.Bytes > limits.MaxTotalBytes)
            {
                return new ImportProblem(ImportProblem.WholeFile, "",
                    $"{name} is larger than {ImportLimits.Describe(limits.MaxTotalBytes)} once unpacked, more than Beacon takes. Split it into smaller files.");
            }
            if (unpacked > limits.RatioGraceBytes && unpacked > packed * limits.MaxRatio)
            {
                return new ImportProblem(ImportProblem.WholeFile, "",
                    $"{name} unpacks to more than {limits.MaxRatio} times its size, which real spreadsheets and CSV files do not: it looks made to exhaust the server, so Beacon does not open it. Save the data again from your spreadsheet program and upload that.");
            }
            target.Write(buffer, 0, read);
        }
        return null;
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
