using System.Globalization;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports;

/// <summary>
/// How far Beacon unpacks an archive (an XLSX workbook or a OneRoster zip). A zip says how large its
/// entries are, but whoever made it chose those numbers; the limits are checked on the bytes as they
/// are inflated, so a small file cannot unpack into gigabytes whatever it declares.
/// </summary>
/// <param name="MaxEntries">Entries an archive may hold (a workbook has a dozen, a OneRoster set four to ten).</param>
/// <param name="MaxEntryBytes">The most one entry may unpack to.</param>
/// <param name="MaxTotalBytes">The most all entries together may unpack to.</param>
/// <param name="MaxRatio">How many times its packed size an entry may grow once it is past <paramref name="RatioGraceBytes"/>.</param>
/// <param name="RatioGraceBytes">Small entries (styles, a short sheet) compress very well and are harmless; the ratio applies above this.</param>
public sealed record ArchiveLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes, int MaxRatio, long RatioGraceBytes);

/// <summary>Reads an upload no further than the size limit, and says clearly when a file is over it.</summary>
public static class ImportLimits
{
    /// <summary>
    /// The archive limits for a given <c>Beacon:Imports:MaxFileBytes</c>. A sheet's XML is several
    /// times the size of the same rows as CSV, hence the factor on each entry; real spreadsheets
    /// and CSV compress well under 100:1 (the ratio Apache POI also refuses above).
    /// </summary>
    public static ArchiveLimits Archive(long maxFileBytes) => new(
        MaxEntries: 1_000,
        MaxEntryBytes: maxFileBytes * 8,
        MaxTotalBytes: maxFileBytes * 16,
        MaxRatio: 100,
        RatioGraceBytes: 1024 * 1024);

    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => $"{bytes} bytes",
    };

    /// <summary>Reads at most <paramref name="maxBytes"/>; a longer stream gives a problem instead of content.</summary>
    public static async Task<(byte[]? Content, ImportProblem? Problem)> ReadAsync(
        Stream stream, string fileName, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                var room = maxBytes - buffer.Length;
                if (read > room)
                {
                    buffer.Write(chunk, 0, (int)room);
                    return (null, TooLarge(fileName, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), maxBytes));
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own body limit (a declared Content-Length over it, or more bytes than it) said so first.
            return (null, TooLarge(fileName, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), maxBytes));
        }
        return (buffer.ToArray(), null);
    }

    /// <summary>The problem for a file over the limit; <paramref name="firstBytes"/> are its first bytes up to the limit.</summary>
    public static ImportProblem TooLarge(string fileName, ReadOnlySpan<byte> firstBytes, long maxBytes)
    {
        const string advice = "Split it into smaller files, or ask your system administrator to raise Beacon:Imports:MaxFileBytes.";
        if (ZipFiles.LooksLikeZip(firstBytes))
        {
            return new ImportProblem(ImportProblem.WholeFile, "",
                $"'{fileName}' is larger than {Describe(maxBytes)}, the most Beacon takes in one file. {advice}");
        }
        var line = TextCheck.LineAt(firstBytes, firstBytes.Length);
        return new ImportProblem(line, "", string.Create(CultureInfo.InvariantCulture,
            $"'{fileName}' is larger than {Describe(maxBytes)}, the most Beacon takes in one file: it passes that size on line {line:N0}. {advice}"));
    }
}
