namespace Beacon.Bench.Generate;

/// <summary>
/// How big a generated district is. <see cref="Demo"/>, <see cref="District"/> and <see cref="Metro"/>
/// are the benchmark scales; tests use small custom ones. The same profile always yields the same
/// data (the seed drives every choice), so figures from two runs describe the same district.
/// </summary>
public sealed record ScaleProfile(string Scale, string DistrictName, int Schools, int Staff, int SurveyItems = 40, int Seed = 2026)
{
    public const string AdminPassword = "Beacon-Bench-2026";

    public static readonly ScaleProfile Demo = new("demo", "Demo Unified", 40, 1_600);
    public static readonly ScaleProfile District = new("district", "District Unified", 200, 9_000);
    public static readonly ScaleProfile Metro = new("metro", "Metro Unified", 1_800, 80_000);

    /// <summary>The three school years of metrics, oldest first.</summary>
    public static readonly IReadOnlyList<string> Years = ["2023-24", "2024-25", "2025-26"];

    public string Slug => $"bench-{Scale}";

    public string AdminEmail => $"admin@{Slug}.example";

    public static ScaleProfile For(string scale) => scale.ToLowerInvariant() switch
    {
        "demo" => Demo,
        "district" => District,
        "metro" => Metro,
        _ => throw new ArgumentException($"There is no scale '{scale}'. Use demo, district or metro."),
    };
}
