using System.Text;

namespace Beacon.Web.Imports.Reading;

/// <summary>
/// Import files must be UTF-8, the only encoding that holds every name. This finds the first line
/// that is not, so the person knows where the file went wrong and how to save it instead.
/// </summary>
public static class TextCheck
{
    private const string SaveAsUtf8 = "Save the file again as \"CSV UTF-8 (comma delimited)\" and upload that.";

    public static ImportProblem? FindEncodingProblem(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return new ImportProblem(1, "", $"The file is saved as UTF-16 (\"Unicode text\"), which Beacon does not read. {SaveAsUtf8}");
        }
        if (System.Text.Unicode.Utf8.IsValid(bytes) && !bytes.Contains((byte)0))
        {
            return null;
        }
        var position = 0;
        while (position < bytes.Length)
        {
            var rest = bytes[position..];
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return new ImportProblem(LineAt(bytes, position), "",
                    $"The file is not UTF-8 text: byte 0x{bytes[position]:X2} on this line cannot be read (the file was probably saved as Latin-1 or \"ANSI\"). {SaveAsUtf8}");
            }
            if (rune.Value == 0)
            {
                return new ImportProblem(LineAt(bytes, position), "",
                    $"The file contains NUL characters, which happens when it is saved as UTF-16 (\"Unicode text\"). {SaveAsUtf8}");
            }
            position += consumed;
        }
        return null;
    }

    /// <summary>The 1-based line that <paramref name="offset"/> is on; CR, LF and CR LF each end a line.</summary>
    public static int LineAt(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var end = Math.Min(offset, bytes.Length);
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }
        return line;
    }
}
