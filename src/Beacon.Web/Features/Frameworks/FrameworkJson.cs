using System.Text;
using System.Text.Json;

namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// Reads and writes a framework as JSON in the published format (<c>/frameworks/schema.json</c>).
/// Reading never throws for bad input: it returns every problem found, each with its path and
/// what to do, and a document only when there are none.
/// </summary>
public static class FrameworkJson
{
    public const string MediaType = "application/json";

    public static FrameworkReadResult Read(ReadOnlyMemory<byte> json)
    {
        if (json.Length > FrameworkLimits.MaxFileBytes)
        {
            return FrameworkReadResult.Fail("$",
                $"The file is {Math.Ceiling(json.Length / 1024.0):0} KB; a framework file may be at most {FrameworkLimits.MaxFileBytes / 1024} KB. Shorten long descriptions or split the framework in two.");
        }
        var bytes = json.Span.StartsWith(Encoding.UTF8.Preamble) ? json[Encoding.UTF8.Preamble.Length..] : json;
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return FrameworkReadResult.Fail("$", "The file is empty. Choose a framework file exported from Beacon or written to the published schema.");
        }
        if (SyntaxOrDepthProblem(bytes.Span) is { } problem)
        {
            return new FrameworkReadResult(null, [problem]);
        }
        using var parsed = JsonDocument.Parse(bytes);
        var walker = new FrameworkJsonWalker();
        var document = walker.ReadFramework(parsed.RootElement);
        return walker.Problems.Count == 0 && document is not null
            ? new FrameworkReadResult(document, [])
            : new FrameworkReadResult(null, walker.Problems);
    }

    /// <summary>Checks a document made in the browser against the same rules as an imported file.</summary>
    public static IReadOnlyList<FrameworkProblem> Validate(FrameworkDocument document) => Read(Write(document)).Problems;

    public static byte[] Write(FrameworkDocument document, string? schemaUrl = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            if (schemaUrl is not null)
            {
                json.WriteString("$schema", schemaUrl);
            }
            json.WriteNumber("formatVersion", FrameworkLimits.FormatVersion);
            json.WriteString("name", document.Name);
            WriteOptional(json, "description", document.Description);
            json.WriteStartArray("rubric");
            foreach (var level in document.Rubric)
            {
                json.WriteStartObject();
                json.WriteNumber("level", level.Level);
                json.WriteString("label", level.Label);
                WriteOptional(json, "description", level.Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("domains");
            foreach (var domain in document.Domains)
            {
                json.WriteStartObject();
                json.WriteString("code", domain.Code);
                json.WriteString("name", domain.Name);
                WriteOptional(json, "description", domain.Description);
                json.WriteStartArray("indicators");
                foreach (var indicator in domain.Indicators)
                {
                    json.WriteStartObject();
                    json.WriteString("code", indicator.Code);
                    json.WriteString("text", indicator.Text);
                    WriteOptional(json, "description", indicator.Description);
                    WriteOptional(json, "citation", indicator.Citation);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>
    /// Scans the whole file once before anything else, so a syntax error or runaway nesting is
    /// reported as one problem with its line, rather than failing half-way through the checks.
    /// </summary>
    private static FrameworkProblem? SyntaxOrDepthProblem(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                    && reader.CurrentDepth + 1 > FrameworkLimits.MaxDepth)
                {
                    return new FrameworkProblem("$",
                        $"Line {LineOf(bytes, reader.TokenStartIndex)}: the JSON nests deeper than {FrameworkLimits.MaxDepth} levels. " +
                        "A framework nests five (framework, domains, a domain, its indicators, an indicator): remove the extra nesting.");
                }
            }
            return null;
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.Split(" LineNumber", 2)[0].Split(" Path:", 2)[0].TrimEnd('.', ' ');
            return new FrameworkProblem("$",
                $"Line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: the file is not valid JSON ({reason}). Fix the syntax there, such as a missing comma, quote or bracket, and upload it again.");
        }
    }

    private static long LineOf(ReadOnlySpan<byte> bytes, long index) => bytes[..(int)index].Count((byte)'\n') + 1;
}

public sealed record FrameworkReadResult(FrameworkDocument? Document, IReadOnlyList<FrameworkProblem> Problems)
{
    public static FrameworkReadResult Fail(string path, string message) => new(null, [new FrameworkProblem(path, message)]);
}
