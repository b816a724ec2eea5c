namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// The frameworks shipped with Beacon, embedded as JSON in the published format (Packs/*.json).
/// Each is written in Beacon's own words and cites its source document on every indicator.
/// </summary>
public static class ContentPacks
{
    public sealed record Pack(string Key, FrameworkDocument Document);

    private const string Prefix = "Beacon.Web.Frameworks.Packs.";

    private static readonly Lazy<IReadOnlyList<Pack>> Loaded = new(Load);

    public static IReadOnlyList<Pack> All => Loaded.Value;

    private static IReadOnlyList<Pack> Load()
    {
        var assembly = typeof(ContentPacks).Assembly;
        var packs = new List<Pack>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var read = FrameworkJson.Read(buffer.ToArray());
            var key = name[Prefix.Length..^".json".Length];
            packs.Add(new Pack(key, read.Document
                ?? throw new InvalidOperationException($"Content pack {key} is not valid: {string.Join("; ", read.Problems)}")));
        }
        return packs;
    }
}
