using System.Globalization;
using Beacon.Web.Imports.Reading;

namespace Beacon.Web.Imports;

/// <summary>Reads an upload no further than the size limit, and says clearly when a file is over it.</summary>
public static class ImportLimits
{
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
