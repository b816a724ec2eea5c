namespace Beacon.Web.Imports;

/// <summary>The names import kinds go by in URLs and on the page.</summary>
public static class ImportKinds
{
    public static readonly IReadOnlyList<ImportKind> All = Enum.GetValues<ImportKind>();

    /// <summary>"oneroster", "schools", "staff", "metrics" or "positions", ignoring case.</summary>
    public static bool TryParse(string? value, out ImportKind kind)
    {
        kind = default;
        return value is not null && value.All(char.IsLetter) && Enum.TryParse(value, ignoreCase: true, out kind);
    }

    public static string Slug(ImportKind kind) => kind.ToString().ToLowerInvariant();

    public static string Label(ImportKind kind) => kind switch
    {
        ImportKind.OneRoster => "OneRoster roster (zip or CSV files)",
        ImportKind.Schools => "Schools",
        ImportKind.Staff => "Staff",
        ImportKind.Metrics => "School-year metrics",
        ImportKind.Positions => "Staffing positions (vacancies and extra posts)",
        _ => kind.ToString(),
    };
}
