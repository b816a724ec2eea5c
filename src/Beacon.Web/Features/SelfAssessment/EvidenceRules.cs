using System.Globalization;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// What evidence a team may attach: files of a few common document and image types up to 5 MB,
/// recognised by their content as well as their name, and links that are plain web addresses.
/// </summary>
public static class EvidenceRules
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
    };

    public static string AllowedExtensions => string.Join(", ", Types.Keys.Order());

    /// <summary>The content type to store and serve the file with, or the reason it is refused.</summary>
    public static (string? ContentType, string? Refusal) CheckFile(string fileName, long length, ReadOnlySpan<byte> content) =>
        CheckFile(fileName, length, content, new FileRules("evidence", MaxFileBytes, [.. Types.Keys]));

    /// <summary>
    /// The same check for another kind of upload (a research attachment) with its own size and a subset of the
    /// types above: the type is recognised by its content as well as its name, whatever the upload is for.
    /// </summary>
    public static (string? ContentType, string? Refusal) CheckFile(string fileName, long length, ReadOnlySpan<byte> content, FileRules rules)
    {
        var extension = Path.GetExtension(fileName);
        if (!rules.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || !Types.TryGetValue(extension, out var contentType))
        {
            return (null, $"“{Path.GetFileName(fileName)}” is not a file type Beacon keeps as {rules.Purpose}. Upload one of: {string.Join(", ", rules.Extensions.Order())}.");
        }
        if (length == 0)
        {
            return (null, "The file is empty. Choose the file again.");
        }
        if (length > rules.MaxBytes)
        {
            return (null, string.Create(CultureInfo.CurrentCulture, $"The file is {length / (1024.0 * 1024.0):0.0} MB; {rules.Purpose} files may be at most {rules.MaxBytes / (1024 * 1024)} MB. Link to a larger file instead."));
        }
        if (!LooksLike(contentType, content))
        {
            return (null, $"“{Path.GetFileName(fileName)}” does not contain what its name says ({extension}). Save it again in that format.");
        }
        return (contentType, null);
    }

    /// <summary>An absolute http or https address, or the reason it is refused.</summary>
    public static string? RefusalForLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "Enter a full web address starting with https:// (or http://).";

    private static bool LooksLike(string contentType, ReadOnlySpan<byte> content) => contentType switch
    {
        "application/pdf" => content.StartsWith("%PDF-"u8),
        "image/png" => content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        "image/jpeg" => content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        "text/plain" or "text/csv" => !content.Contains((byte)0),
        _ => content.StartsWith("PK\u0003\u0004"u8),
    };
}

/// <summary>What one kind of upload allows: what it is called in messages, its largest size and its file types.</summary>
public sealed record FileRules(string Purpose, long MaxBytes, IReadOnlyList<string> Extensions);
