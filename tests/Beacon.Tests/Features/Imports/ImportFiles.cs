using System.Text;
using Beacon.Web.Imports.Reading;

namespace Beacon.Tests.Features.Imports;

/// <summary>The import test files copied beside the tests, and the broken ones made from them.</summary>
public static class ImportFiles
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Features", "Imports", "Files", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>The CSV files of a folder, zipped as a student-information system exports them.</summary>
    public static byte[] Zip(string folder) =>
        ZipFiles.Pack(Directory.GetFiles(PathOf(folder)).Order().Select(f => new NamedFile(Path.GetFileName(f), File.ReadAllBytes(f))));

    public static byte[] Utf16(string relative) =>
        Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Bytes(relative)).TrimStart('\uFEFF'))).ToArray();

    /// <summary>Text saved as Latin-1, where é is the single byte 0xE9 that is not valid UTF-8.</summary>
    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    public static byte[] Truncated(byte[] zip) => zip[..(zip.Length / 2)];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
